/** The entries on a person's timeline: added, edited and deleted as the user says, never on someone else. */
import { assertWithinBound } from '../../date-input';
import { isAlive } from '../../model/person';
import { addEntry, deleteEntry, editEntry } from '../../model/timeline';
import { timelineOf } from '../../model/views';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { identify, isOnPage, personToEdit } from './page';
import { MissingEntryError, readPerson } from './read';
import { saveAndView } from './view';
import { inTransaction } from './write';
import type { LoggedEntryType } from '../../model/entry';
import type { PersonView, Whom } from '../../model/summary';

/** Adds an entry; the page's person is made on the first one. */
export function addPersonEntry(
  db: Database,
  person: Whom,
  entry: { type: LoggedEntryType; text: string; at: number },
  now: number,
): Promise<PersonView> {
  return inTransaction(db, async () => {
    assertWithinBound('An entry', entry.at, 'not-future', now);
    const { doc, samePageIds } = await personToEdit(db, person, now);
    const timeline = addEntry(doc.timeline, entry, now);
    return saveAndView(db, { ...doc, timeline }, await loadSettings(db), { samePageIds });
  });
}

/** The stored person whose entry a message names; a stale or foreign id is NotFound, never someone else's. */
async function ownerOf(db: Database, person: Whom, id: string) {
  const { doc, claimedBy } = isOnPage(person)
    ? await identify(db, person)
    : { doc: await readPerson(db, person.key), claimedBy: [] };
  const entry = doc && isAlive(doc) ? timelineOf(doc).find((shown) => shown.id === id) : undefined;
  if (!doc || !entry) throw new MissingEntryError('That entry');
  // How many others hold an id the page claims: the person's view still asks about them.
  return { doc, entry, samePageIds: claimedBy.length };
}

/**
 * An edit of an entry, as the writer saw it (`rev`): when another tab or device changed it meanwhile, both
 * texts stay and the timeline says so.
 */
export function editPersonEntry(
  db: Database,
  person: Whom,
  id: string,
  patch: { type?: LoggedEntryType; text?: string; at?: number; rev?: string },
  now: number,
): Promise<PersonView> {
  return inTransaction(db, async () => {
    const { doc, entry, samePageIds } = await ownerOf(db, person, id);
    // An entry saved before this rule keeps its time when only its text or type is edited.
    if (patch.at !== entry.at) assertWithinBound('An entry', patch.at, 'not-future', now);
    const { rev, ...fields } = patch;
    const timeline = editEntry(doc.timeline, id, fields, now, rev);
    if (!timeline) throw new MissingEntryError('That entry');
    return saveAndView(db, { ...doc, timeline }, await loadSettings(db), { samePageIds });
  });
}

export function deletePersonEntry(
  db: Database,
  person: Whom,
  id: string,
  now: number,
  rev?: string,
): Promise<PersonView> {
  return inTransaction(db, async () => {
    const { doc, samePageIds } = await ownerOf(db, person, id);
    const timeline = deleteEntry(doc.timeline, id, now, rev);
    if (!timeline) throw new MissingEntryError('That entry');
    return saveAndView(db, { ...doc, timeline }, await loadSettings(db), { samePageIds });
  });
}
