/**
 * A rhythm given to many people at once (the export import's suggestion: "keep in touch every 3 months" with
 * those the user wrote to in the last year). Only people whose rhythm the user never set get it, by themselves or
 * by a tier; those it makes due at once are spread over the coming month.
 */
import { rhythmChosen } from '../../followups';
import type { Person } from '../../model/person';
import { setFields } from '../../model/person';
import { personFromJson } from '../../model/person-json';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { spreadNewlyDue } from './spread-due';
import { inTransaction, savePeople } from './write';

/** Gives `cadenceDays` to the people of `keys` who follow the default or have no rhythm yet; answers how many. */
export function keepInTouchWith(
  db: Database,
  keys: readonly string[],
  cadenceDays: number,
  now: number,
): Promise<number> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const rows = (await db.contacts.bulkGet([...keys])).flatMap((row) => (row ? [row] : []));
    const records = await db.people.bulkGet(rows.map((row) => row.key));
    // Neither a rhythm of their own nor one a tier gives them: a tier's rhythm is the user's choice too.
    const free = new Set(rows.filter((row) => !rhythmChosen(row, settings)).map((row) => row.key));
    const given: Person[] = records.flatMap((record) =>
      record && free.has(record.key)
        ? [setFields(personFromJson(record.json), { cadenceDays, cadenceFromTagsOnly: false }, now)]
        : [],
    );
    const dueBefore = new Map(rows.map((row) => [row.key, row.dueAt] as const));
    const { docs } = spreadNewlyDue(given, dueBefore, settings, now);
    await savePeople(db, docs, settings);
    return docs.length;
  });
}
