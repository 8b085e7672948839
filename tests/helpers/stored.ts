/** What the database holds of timelines, read as the panel would: every live entry of every live person. */
import type { Database } from '../../utils/db/database';
import { isAlive } from '../../utils/model/person';
import { personFromJson } from '../../utils/model/person-json';
import { timelineOf } from '../../utils/model/views';
import type { Entry } from '@/utils/model/entry';

export async function storedEntries(db: Database): Promise<Entry[]> {
  const people = (await db.people.toArray()).map((stored) => personFromJson(stored.json));
  return people.filter(isAlive).flatMap((person) => timelineOf(person));
}

/** A stored person's document, as the database keeps it. */
export async function storedPerson(db: Database, key: string) {
  const stored = await db.people.get(key);
  return stored && { ...personFromJson(stored.json), pending: stored.pending };
}

export async function storedEntry(db: Database, id: string): Promise<Entry | undefined> {
  return (await storedEntries(db)).find((entry) => entry.id === id);
}
