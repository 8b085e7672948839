/** What the database holds of timelines, read as the panel would: every live entry of every live person. */
import type { Interaction } from '../../utils/contacts';
import type { ContactsDatabase } from '../../utils/db/database';
import { isAlive } from '../../utils/model/person';
import { personFromJson } from '../../utils/model/person-json';
import { timelineOf } from '../../utils/model/views';

export async function storedEntries(db: ContactsDatabase): Promise<Interaction[]> {
  const people = (await db.people.toArray()).map((stored) => personFromJson(stored.json));
  return people.filter(isAlive).flatMap((person) => timelineOf(person));
}

/** A stored person's document, as the database keeps it. */
export async function storedPerson(db: ContactsDatabase, key: string) {
  const stored = await db.people.get(key);
  return stored && { ...personFromJson(stored.json), pending: stored.pending };
}

export async function storedEntry(db: ContactsDatabase, id: string): Promise<Interaction | undefined> {
  return (await storedEntries(db)).find((entry) => entry.id === id);
}
