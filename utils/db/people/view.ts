/** What the panel and the dashboard show of one person: their view, worked out from what is stored. */
import type { Contact, ContactView, PossibleDuplicate } from '../../contacts';
import { effectiveCadence, type CadenceSettings } from '../../followups';
import { keptAfterDeletion, type PersonDoc } from '../../model/person';
import { contactOf, timelineOf } from '../../model/views';
import type { ContactsDatabase } from '../database';
import { savePeople } from './write';
import type { ProfileChange } from '../../model/profile';

export function byCreation(a: Contact, b: Contact): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/**
 * Other stored people that share a stored id with this one: maybe the same person saved twice (two browsers, a
 * backup, sync). Ids a page only claims are not evidence here (samePageIds).
 */
export async function possibleDuplicates(db: ContactsDatabase, doc: PersonDoc): Promise<PossibleDuplicate[]> {
  const others = await db.contacts.where('aliases').anyOf(doc.aliases).distinct().toArray();
  return others
    .filter((other) => other.key !== doc.key)
    .sort(byCreation)
    .map(({ key, name, headline }) => ({ key, name, headline }));
}

/** What is shown of someone not saved yet: nothing but the rhythm they would have. */
export function emptyView(settings: CadenceSettings, samePageIds = 0): ContactView {
  const cadence = effectiveCadence({ tags: [] }, settings);
  return { contact: null, interactions: [], changes: [], cadence, sameAs: [], samePageIds };
}

/** What the panel shows of a stored person; `samePageIds`: how many others hold an id only the page claims. */
export async function viewOf(
  db: ContactsDatabase,
  doc: PersonDoc,
  settings: CadenceSettings,
  changes: ProfileChange[] = [],
  samePageIds = 0,
): Promise<ContactView> {
  const interactions = timelineOf(doc);
  const contact = contactOf(doc, settings, interactions);
  return {
    contact,
    interactions,
    changes,
    cadence: effectiveCadence(contact, settings),
    sameAs: await possibleDuplicates(db, doc),
    samePageIds,
    ...(keptAfterDeletion(doc) && { keptAfterDeletion: true as const }),
  };
}

/** Saves one person and answers with their view. */
export async function saveAndView(
  db: ContactsDatabase,
  doc: PersonDoc,
  settings: CadenceSettings,
  changes: ProfileChange[] = [],
  samePageIds = 0,
): Promise<ContactView> {
  await savePeople(db, [doc], settings);
  return viewOf(db, doc, settings, changes, samePageIds);
}
