/** Reading people: a document by key, everyone's timelines, how many there are. */
import { isAlive, type Person } from '../../model/person';
import { personFromJson } from '../../model/person-json';
import { timelineOf } from '../../model/views';
import type { Database } from '../database';
import type { Entry } from '../../model/entry';

/** An entry asked for by id that is not (or no longer) there. Not named NotFoundError: Dexie claims that name. */
export class MissingEntryError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`);
    this.name = 'MissingEntryError';
  }
}

/** A stored person's document, whatever its state (deleted ones too). */
export async function readPerson(db: Database, key: string): Promise<Person | undefined> {
  const stored = await db.people.get(key);
  return stored && personFromJson(stored.json);
}

/** A stored person who is not deleted; anyone else is not found. */
export async function livePerson(db: Database, key: string): Promise<Person> {
  const doc = await readPerson(db, key);
  if (!doc || !isAlive(doc)) throw new MissingEntryError('That person');
  return doc;
}

/**
 * Every live person's timeline, by key: what the plan counts (goals, give and take, the focus, the review).
 * The summary rows hold no entries; they are in each document. The deleted are left unread.
 */
export async function readTimelines(db: Database): Promise<Map<string, Entry[]>> {
  const stored = (await db.people.toArray()).filter((person) => person.alive === 1);
  return new Map(stored.map((person) => [person.key, timelineOf(personFromJson(person.json))]));
}

/** How many people are stored. */
export function countPeople(db: Database): Promise<number> {
  return db.contacts.count();
}
