/** Deleting a person, and the undo that brings them back. */
import { personFromContact } from '../../backup/format-1';
import { absorb, joinPeople } from '../../model/join';
import { deletePerson, isAlive, restorePerson } from '../../model/person';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { livePerson, readPerson } from './read';
import { saveAndView, viewOf } from './view';
import { inTransaction, savePeople } from './write';
import type { Entry } from '../../model/entry';
import type { Summary, PersonView } from '../../model/summary';

/** A deleted person as they were, so that "Undo" can bring them back. */
export interface DeletedPerson {
  summary: Summary;
  entries: Entry[];
}

/** Deletes a person and their timeline; answers with what was deleted, for undo. */
export function deletePersonByKey(db: Database, key: string, now: number): Promise<DeletedPerson> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const doc = await livePerson(db, key);
    const { summary, entries } = await viewOf(db, doc, settings);
    await savePeople(db, [deletePerson(doc, now)], settings);
    return { summary: summary!, entries };
  });
}

/**
 * Undo of a delete. When the person was added again meanwhile (a note in the panel), the two are joined, so
 * that neither the old timeline nor the new note is lost.
 */
export function restoreDeletedPerson(db: Database, deleted: DeletedPerson, now: number): Promise<PersonView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    // The delete answered a summary and its entries, the shape backup format 1 kept: made a document
    // again as one of that file's people is.
    const before = personFromContact(deleted.summary, deleted.entries);
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
