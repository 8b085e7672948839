/**
 * The one way people reach the database: each document, marked for sync, and the summary row (`contacts`) of
 * each live one, worked out here and nowhere else.
 */
import type { RhythmSettings } from '../../followups';
import { isAlive, type Person } from '../../model/person';
import { personToJson } from '../../model/person-json';
import { summaryRowOf } from '../../model/views';
import type { Database, PersonRecord } from '../database';
import { newSyncMark } from '../sync-mark';
import type { SummaryRow } from '../../model/summary';

/** Runs `work` in one read-write transaction over every table a person's data touches. */
export function inTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.people, db.contacts, db.settings, work);
}

/** People ready to write: their documents with the sync mark, and the summary rows of the live ones. */
export interface PreparedPeople {
  records: PersonRecord[];
  rows: SummaryRow[];
  deleted: string[];
}

/** The records a write of these people puts in the database (pure work, done before the write). */
export function preparePeople(docs: readonly Person[], settings: RhythmSettings, pending: 0 | 1 = 1) {
  return {
    records: docs.map((doc) => storedPerson(doc, pending)),
    rows: docs.filter(isAlive).map((doc) => summaryRowOf(doc, settings)),
    deleted: docs.filter((doc) => !isAlive(doc)).map((doc) => doc.key),
  } satisfies PreparedPeople;
}

/** Writes prepared people: each document, and the summary row of each live one (a deleted one has none). */
export async function writePeople(db: Database, { records, rows, deleted }: PreparedPeople): Promise<void> {
  if (records.length === 0) return;
  await Promise.all([
    db.people.bulkPut(records),
    db.contacts.bulkPut(rows),
    deleted.length > 0 && db.contacts.bulkDelete(deleted),
  ]);
}

/**
 * Writes people: each document, marked as not yet synced (`pending` 0: as received from sync), and the summary
 * row of each live one.
 */
export function savePeople(
  db: Database,
  docs: readonly Person[],
  settings: RhythmSettings,
  pending: 0 | 1 = 1,
): Promise<void> {
  return writePeople(db, preparePeople(docs, settings, pending));
}

/** A person as stored: their document's text, marked for sync. */
function storedPerson(doc: Person, pending: 0 | 1): PersonRecord {
  return { key: doc.key, json: personToJson(doc), alive: isAlive(doc) ? 1 : 0, ...newSyncMark(pending) };
}
