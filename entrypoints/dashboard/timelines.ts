/**
 * Everyone's timeline, by person key: what the plan counts (goals, give and take, the monthly review). The
 * contacts table holds only summaries; the entries are in each person's document.
 */
import type { Interaction } from '@/utils/contacts';
import type { ContactsDatabase } from '@/utils/db/database';
import { personFromJson } from '@/utils/model/person-json';
import { timelineOf } from '@/utils/model/views';

export async function loadTimelines(db: ContactsDatabase): Promise<Map<string, Interaction[]>> {
  const stored = await db.people.toArray();
  // The deleted are left unread: no page counts them.
  const docs = stored.filter((person) => person.alive === 1).map((person) => personFromJson(person.json));
  return new Map(docs.map((doc) => [doc.key, timelineOf(doc)]));
}
