/**
 * The person a LinkedIn page is about, as stored: found by the page's own key, brought up to date with what the
 * page shows, or made from it. The page's other ids select, link and join no one (utils/model/page-identity.ts).
 */
import { identifyPage } from '../../model/page-identity';
import { newPerson, restorePerson, setFields, type Person } from '../../model/person';
import {
  aliasesOf,
  personFieldsFromProfile,
  refreshFromProfile,
  type Profile,
  type ProfileChange,
} from '../../model/profile';
import { addEntry } from '../../model/timeline';
import type { Database } from '../database';
import { livePerson, readPerson } from './read';
import type { Whom, PossibleDuplicate } from '../../model/summary';

export function isOnPage(person: Whom): person is Profile {
  return 'layout' in person;
}

/** The stored person a page shows, by the page's key, and what the page's other ids may do (page-identity.ts). */
export async function identify(db: Database, profile: Profile) {
  const claimed = aliasesOf(profile);
  const holders = await db.contacts.where('aliases').anyOf(claimed).distinct().toArray();
  const identity = identifyPage(profile.key, claimed, holders);
  return { ...identity, doc: identity.person === undefined ? undefined : await readPerson(db, identity.person) };
}

/**
 * The person brought up to date with the page: its own profile id, and headline and company changes noticed
 * (refreshFromProfile). Answers the same document when nothing changed.
 */
export function refreshed(doc: Person, profile: Profile, now: number) {
  const { fields, changes } = refreshFromProfile(doc, profile);
  return { doc: setFields(doc, fields, now), changes };
}

/** Each change LinkedIn shows since the last visit, as timeline entries. */
export function withChangesRecorded(doc: Person, changes: ProfileChange[], now: number): Person {
  let timeline = doc.timeline;
  for (const change of changes) {
    const type = change.field === 'company' ? 'company_change' : 'headline_change';
    timeline = addEntry(timeline, { type, text: `${change.from} → ${change.to}`, at: now }, now);
  }
  return { ...doc, timeline };
}

/** Someone new, as the page shows them, or one deleted before brought back as the page shows them. */
export async function personFromPage(db: Database, profile: Profile, now: number): Promise<Person> {
  const fresh = newPerson(profile.key, personFieldsFromProfile(profile), now);
  const deleted = await readPerson(db, profile.key);
  return deleted ? restorePerson(deleted, fresh, now) : fresh;
}

/**
 * The person an edit is for: the page's person (up to date with the page, or new), or a stored person by key, who
 * must still exist; with how many others hold an id the page claims, which their view still asks about.
 */
export async function personToEdit(db: Database, person: Whom, now: number) {
  if (!isOnPage(person)) return { doc: await livePerson(db, person.key), samePageIds: 0 };
  const { doc, claimedBy } = await identify(db, person);
  const edited = doc ? refreshed(doc, person, now).doc : await personFromPage(db, person, now);
  return { doc: edited, samePageIds: claimedBy.length };
}

/** The page's person and the stored people holding an id only the page claims for them: the user compares them. */
export interface PageClaims {
  /** The page's person as stored, or null while not saved. */
  person: PossibleDuplicate | null;
  others: PossibleDuplicate[];
}

/** Who holds the ids a page claims for its person (identify's `claimedBy`), as the dashboard's comparison shows them. */
export async function peopleClaimedByPage(db: Database, profile: Profile): Promise<PageClaims> {
  const { doc, claimedBy } = await identify(db, profile);
  const others = (await db.contacts.bulkGet(claimedBy)).filter((row) => row !== undefined);
  const named = ({ key, name, headline }: { key: string; name: string; headline: string }) => ({ key, name, headline });
  return { person: doc ? named(doc) : null, others: others.map(named) };
}
