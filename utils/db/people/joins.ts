/**
 * Two stored people made one when the user says so (model/join.ts), by the three ways they can say it, and the
 * undo. Identity is never joined by guesswork: only the user's word, on a page that can vouch for it.
 */
import { joinPeople, separatePeople, type Joined } from '../../model/join';
import { isAlive, newPerson, type Person } from '../../model/person';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { identify, isOnPage, refreshed } from './page';
import { livePerson, MissingEntryError, readPerson } from './read';
import { possibleDuplicates, viewOf } from './view';
import { inTransaction, savePeople } from './write';
import { personFieldsFromProfile, type Profile } from '../../model/profile';
import type { PersonView, Whom } from '../../model/summary';

async function join(db: Database, keep: Person, other: Person, now: number) {
  const settings = await loadSettings(db);
  const joined = joinPeople(keep, other, now);
  await savePeople(db, [joined.keep, joined.other], settings);
  return { view: await viewOf(db, joined.keep, settings), undo: joined.undo };
}

/**
 * The user says that the person on screen (or a stored one) and `otherKey`, who shares one of their stored ids,
 * are one person: `otherKey` joins them. Only a person suggested by stored ids can be joined this way
 * (possibleDuplicates): an id that only the page claims reaches no one (page-identity.ts).
 */
export function joinSuggested(db: Database, person: Whom, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    const keep = isOnPage(person) ? (await identify(db, person)).doc : await livePerson(db, person.key);
    if (!keep || !isAlive(keep)) throw new MissingEntryError('That person');
    const suggested = await possibleDuplicates(db, keep);
    if (!suggested.some(({ key }) => key === otherKey)) throw new MissingEntryError('That person');
    const current = isOnPage(person) ? refreshed(keep, person, now).doc : keep;
    return join(db, current, await livePerson(db, otherKey), now);
  });
}

/**
 * The user, on an extension page, says that the page's person and `otherKey` (who holds an id the page claimed) are
 * one: `otherKey` joins the page's person; or, when the page's person is not saved yet, `otherKey` takes in the
 * page's address and stays who they are (nothing is saved of someone never added). Anyone else is not found.
 */
export function joinPageClaim(db: Database, profile: Profile, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    const { doc, claimedBy } = await identify(db, profile);
    if (!claimedBy.includes(otherKey)) throw new MissingEntryError('That person');
    const other = await livePerson(db, otherKey);
    if (doc) return join(db, refreshed(doc, profile, now).doc, other, now);
    const settings = await loadSettings(db);
    const joined = joinPeople(other, newPerson(profile.key, personFieldsFromProfile(profile), now), now);
    await savePeople(db, [joined.keep], settings);
    const undo: Joined = { ...joined.undo, otherUnsaved: true };
    return { view: await viewOf(db, joined.keep, settings), undo };
  });
}

/** Joins `otherKey` into `keepKey`, any two people (the dashboard's merge picker): one person saved twice. */
export function joinPeopleByKey(db: Database, keepKey: string, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    if (keepKey === otherKey) throw new MissingEntryError('Another person');
    return join(db, await livePerson(db, keepKey), await livePerson(db, otherKey), now);
  });
}

/** Undo of a join: both people back as they were, each with their own entries. */
export function separateJoined(db: Database, joined: Joined, now: number): Promise<PersonView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const keepNow = await livePerson(db, joined.keep.key); // still there: undo is of a join, not a later delete
    const otherNow = (await readPerson(db, joined.other.key)) ?? joined.other;
    const { keep, other } = separatePeople(keepNow, otherNow, joined, now);
    await savePeople(db, joined.otherUnsaved ? [keep] : [keep, other], settings);
    return viewOf(db, keep, settings);
  });
}
