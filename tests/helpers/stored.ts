/** What the database holds of timelines, read as the panel would: every live entry of every live person. */
import type { Interaction } from '../../utils/contacts';
import type { ContactsDatabase } from '../../utils/db/database';
import { isAlive } from '../../utils/model/person';
import { timelineOf } from '../../utils/model/views';

export async function storedEntries(db: ContactsDatabase): Promise<Interaction[]> {
  const people = await db.people.toArray();
  return people.filter(isAlive).flatMap((person) => timelineOf(person));
}

export async function storedEntry(db: ContactsDatabase, id: string): Promise<Interaction | undefined> {
  return (await storedEntries(db)).find((entry) => entry.id === id);
}
