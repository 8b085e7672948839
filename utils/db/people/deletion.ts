/** Deleting a person, and the undo that brings them back. */
import type { Contact, ContactView, Interaction } from '../../contacts';
import { personFromContact } from '../../backup/format-1';
import { absorb, joinPeople } from '../../model/join';
import { deletePerson, isAlive, restorePerson } from '../../model/person';
import type { ContactsDatabase } from '../database';
import { loadSettings } from '../settings-store';
import { livePerson, readPerson } from './read';
import { saveAndView, viewOf } from './view';
import { inTransaction, savePeople } from './write';

/** A deleted person as they were, so that "Undo" can bring them back. */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
}

/** Deletes a person and their timeline; answers with what was deleted, for undo. */
export function deletePersonByKey(db: ContactsDatabase, key: string, now: number): Promise<DeletedContact> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const doc = await livePerson(db, key);
    const { contact, interactions } = await viewOf(db, doc, settings);
    await savePeople(db, [deletePerson(doc, now)], settings);
    return { contact: contact!, interactions };
  });
}

/**
 * Undo of a delete. When the person was added again meanwhile (a note in the panel), the two are joined, so
 * that neither the old timeline nor the new note is lost.
 */
export function restoreDeletedPerson(db: ContactsDatabase, deleted: DeletedContact, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    // The delete answered a contact summary and its entries, the shape backup format 1 kept: made a document
    // again as one of that file's people is.
    const before = personFromContact(deleted.contact, deleted.interactions);
    const stored = await readPerson(db, before.key);
    if (stored && isAlive(stored)) return saveAndView(db, absorb(stored, before, now), settings);
    const restored = stored ? restorePerson(stored, before, now) : before;
    const again = await db.contacts.where('aliases').anyOf(before.aliases).first();
    if (!again) return saveAndView(db, restored, settings);
    const joined = joinPeople(await livePerson(db, again.key), restored, now);
    await savePeople(db, [joined.keep, joined.other], settings);
    return viewOf(db, joined.keep, settings);
  });
}
