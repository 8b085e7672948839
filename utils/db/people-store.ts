/**
 * People: what the background does with a person's document (utils/model). Every write of a person reaches the
 * database through `savePeople`, which marks the document for sync and keeps its summary row (`contacts`) in
 * step; every operation runs in one transaction and answers with the person's whole view, so that the panel
 * shows exactly what is stored.
 */
import Dexie from 'dexie';
import {
  aliasesOf,
  newContact,
  normalizeTags,
  refreshFromPage,
  type Contact,
  type ContactView,
  type Interaction,
  type LoggedType,
  type PageProfile,
  type PersonRef,
  type PossibleDuplicate,
  type ProfileChange,
} from '../contacts';
import { assertWithinBound } from '../date-input';
import { effectiveCadence, mostUrgentFirst, type CadenceSettings, type FollowUp } from '../followups';
import { fieldsOfContact, personFromContact } from '../model/from-contact';
import { absorb, joinPeople, separatePeople, type Joined } from '../model/join';
import {
  deletePerson,
  isAlive,
  keptAfterDeletion,
  newPerson,
  restorePerson,
  setFields,
  type PersonDoc,
  type PersonFields,
} from '../model/person';
import { personFromJson, personToJson } from '../model/person-json';
import { identifyPage } from '../model/page-identity';
import { addEntry, deleteEntry, editEntry } from '../model/timeline';
import { contactOf, contactRowOf, timelineOf, type ContactRow } from '../model/views';
import { dayOf, startOfDay } from '../time';
import type { ContactsDatabase, StoredPerson } from './database';
import { loadSettings } from './settings-store';
import { newSyncMark } from './sync-mark';

function isOnPage(person: PersonRef): person is PageProfile {
  return 'layout' in person;
}

/** An entry asked for by id that is not (or no longer) there. Not named NotFoundError: Dexie claims that name. */
export class MissingEntryError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`);
    this.name = 'MissingEntryError';
  }
}

/** Runs `work` in one read-write transaction over every table a person's data touches. */
export function inTransaction<T>(db: ContactsDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.people, db.contacts, db.settings, work);
}

/** People ready to write: their documents with the sync mark, and the summary rows of the live ones. */
export interface PreparedPeople {
  records: StoredPerson[];
  rows: ContactRow[];
  deleted: string[];
}

/** The records a write of these people puts in the database (pure work, done before the write). */
export function preparePeople(docs: readonly PersonDoc[], settings: CadenceSettings, pending: 0 | 1 = 1) {
  return {
    records: docs.map((doc) => storedPerson(doc, pending)),
    rows: docs.filter(isAlive).map((doc) => contactRowOf(doc, settings)),
    deleted: docs.filter((doc) => !isAlive(doc)).map((doc) => doc.key),
  } satisfies PreparedPeople;
}

/** Writes prepared people: each document, and the summary row of each live one (a deleted one has none). */
export async function writePeople(db: ContactsDatabase, { records, rows, deleted }: PreparedPeople): Promise<void> {
  if (records.length === 0) return;
  await Promise.all([
    db.people.bulkPut(records),
    db.contacts.bulkPut(rows),
    deleted.length > 0 && db.contacts.bulkDelete(deleted),
  ]);
}

/**
 * Writes people, the one way they reach the database: each document, marked as not yet synced (`pending` 0:
 * as received from sync), and the summary row of each live one.
 */
export function savePeople(
  db: ContactsDatabase,
  docs: readonly PersonDoc[],
  settings: CadenceSettings,
  pending: 0 | 1 = 1,
): Promise<void> {
  return writePeople(db, preparePeople(docs, settings, pending));
}

/** A person as stored: their document's text, marked for sync. */
function storedPerson(doc: PersonDoc, pending: 0 | 1): StoredPerson {
  return { key: doc.key, json: personToJson(doc), alive: isAlive(doc) ? 1 : 0, ...newSyncMark(pending) };
}

/**
 * Every live person's timeline, by key: what the plan counts (goals, give and take, the focus, the review).
 * The summary rows hold no entries; they are in each document. The deleted are left unread.
 */
export async function readTimelines(db: ContactsDatabase): Promise<Map<string, Interaction[]>> {
  const stored = (await db.people.toArray()).filter((person) => person.alive === 1);
  return new Map(stored.map((person) => [person.key, timelineOf(personFromJson(person.json))]));
}

/** A stored person's document, whatever its state (deleted ones too). */
export async function readPerson(db: ContactsDatabase, key: string): Promise<PersonDoc | undefined> {
  const stored = await db.people.get(key);
  return stored && personFromJson(stored.json);
}

async function livePerson(db: ContactsDatabase, key: string): Promise<PersonDoc> {
  const doc = await readPerson(db, key);
  if (!doc || !isAlive(doc)) throw new MissingEntryError('That person');
  return doc;
}

function byCreation(a: Contact, b: Contact): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/**
 * The stored person a page shows, by the page's key (the tab's address), and what the page's other ids may do
 * (utils/model/page-identity.ts): they never select, link or join anyone else.
 */
async function identify(db: ContactsDatabase, profile: PageProfile) {
  const holders = await db.contacts.where('aliases').anyOf(aliasesOf(profile)).distinct().toArray();
  const identity = identifyPage(profile.key, aliasesOf(profile), holders);
  return { ...identity, doc: identity.person === undefined ? undefined : await readPerson(db, identity.person) };
}

/** The stored person a page shows, if any (identify). */
async function findPerson(db: ContactsDatabase, profile: PageProfile): Promise<PersonDoc | undefined> {
  return (await identify(db, profile)).doc;
}

/**
 * Other stored people that share a stored id with this one: maybe the same person saved twice (two browsers, a
 * backup, sync). Ids a page only claims are not evidence here (samePageIds).
 */
async function possibleDuplicates(db: ContactsDatabase, doc: PersonDoc): Promise<PossibleDuplicate[]> {
  const others = await db.contacts.where('aliases').anyOf(doc.aliases).distinct().toArray();
  return others
    .filter((other) => other.key !== doc.key)
    .sort(byCreation)
    .map(({ key, name, headline }) => ({ key, name, headline }));
}

/** What the panel shows of a stored person; `samePageIds`: how many others hold an id only the page claims. */
async function viewOf(
  db: ContactsDatabase,
  doc: PersonDoc,
  changes: ProfileChange[] = [],
  samePageIds = 0,
): Promise<ContactView> {
  const settings = await loadSettings(db);
  const interactions = timelineOf(doc);
  const contact = contactOf(doc, settings, interactions);
  return {
    contact,
    interactions,
    changes,
    cadence: effectiveCadence(contact, settings),
    sameAs: await possibleDuplicates(db, doc),
    samePageIds,
    ...(keptAfterDeletion(doc) && { keptAfterDeletion: true as const }),
  };
}

/** Saves one person and answers with their view. */
async function saveAndView(db: ContactsDatabase, doc: PersonDoc, changes: ProfileChange[] = [], samePageIds = 0) {
  await savePeople(db, [doc], await loadSettings(db));
  return viewOf(db, doc, changes, samePageIds);
}

/**
 * The person brought up to date with the page: its unclaimed ids linked (`linkable`), and headline and company
 * changes noticed against what LinkedIn showed last time (refreshFromPage). Answers the same document when
 * nothing changed.
 */
async function refreshed(
  db: ContactsDatabase,
  doc: PersonDoc,
  profile: PageProfile,
  linkable: readonly string[],
  now: number,
) {
  const { contact, changes } = refreshFromPage(contactOf(doc, await loadSettings(db)), profile, linkable);
  return { doc: setFields(doc, fieldsOfContact(contact), now), changes };
}

/** A new person for the page's, or one deleted before brought back as the page shows them. */
async function personFromPage(
  db: ContactsDatabase,
  profile: PageProfile,
  linkable: readonly string[],
  now: number,
): Promise<PersonDoc> {
  const contact = newContact(profile, now, linkable);
  const fresh = newPerson(contact.key, fieldsOfContact(contact), now);
  const deleted = await readPerson(db, contact.key);
  return deleted ? restorePerson(deleted, fresh, now) : fresh;
}

/** The page's person, up to date with the page, or new when there is none yet (identify). */
async function pagePerson(db: ContactsDatabase, profile: PageProfile, now: number): Promise<PersonDoc> {
  const { doc, linkable } = await identify(db, profile);
  return doc ? (await refreshed(db, doc, profile, linkable, now)).doc : personFromPage(db, profile, linkable, now);
}

/**
 * The person an edit is for: a page's person (pagePerson); a stored person by key, which must still exist.
 */
async function personToEdit(db: ContactsDatabase, person: PersonRef, now: number): Promise<PersonDoc> {
  return isOnPage(person) ? pagePerson(db, person, now) : livePerson(db, person.key);
}

/** Each change LinkedIn shows since the last visit, as timeline entries. */
function withChangesRecorded(doc: PersonDoc, changes: ProfileChange[], now: number): PersonDoc {
  let timeline = doc.timeline;
  for (const change of changes) {
    const type = change.field === 'company' ? 'company_change' : 'headline_change';
    timeline = addEntry(timeline, { type, text: `${change.from} → ${change.to}`, at: now }, now);
  }
  return { ...doc, timeline };
}

/**
 * What we know of a person. Viewing a page creates nothing, and writes only when it links new aliases or
 * notices changes.
 */
export function viewContact(db: ContactsDatabase, person: PersonRef, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    if (!isOnPage(person)) return viewOf(db, await livePerson(db, person.key));
    const { doc: found, linkable, claimedBy } = await identify(db, person);
    if (!found) {
      const cadence = effectiveCadence({ tags: [] }, await loadSettings(db));
      return { contact: null, interactions: [], changes: [], cadence, sameAs: [], samePageIds: claimedBy.length };
    }
    const { doc, changes } = await refreshed(db, found, person, linkable, now);
    if (doc === found) return viewOf(db, found, changes, claimedBy.length);
    return saveAndView(db, withChangesRecorded(doc, changes, now), changes, claimedBy.length);
  });
}

export interface ContactPatch {
  name?: string;
  headline?: string;
  company?: string;
  tags?: string[];
  contactedAt?: number | null;
  /** Days, null for none, or 'inherit' to follow tags and settings again. */
  cadenceDays?: number | null | 'inherit';
  followUpOn?: number | null;
  snoozedUntil?: number | null;
}

/** The fields a patch sets: only those given, so that two tabs editing different fields both keep their edit. */
function fieldsOfPatch(patch: ContactPatch): Partial<PersonFields> {
  return {
    ...(patch.name !== undefined && { name: patch.name.trim() }),
    ...(patch.headline !== undefined && { headline: patch.headline.trim() }),
    ...(patch.company !== undefined && { company: patch.company.trim() }),
    ...(patch.tags !== undefined && { tags: normalizeTags(patch.tags) }),
    ...(patch.contactedAt !== undefined && { contactedAt: patch.contactedAt }),
    // Any choice of rhythm ends an import's "tags only".
    ...(patch.cadenceDays !== undefined && { cadenceDays: patch.cadenceDays, cadenceFromTagsOnly: false }),
    ...(patch.followUpOn !== undefined && { followUpOn: patch.followUpOn }),
    ...(patch.snoozedUntil !== undefined && { snoozedUntil: patch.snoozedUntil }),
  };
}

export function updateContact(
  db: ContactsDatabase,
  person: PersonRef,
  patch: ContactPatch,
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    assertWithinBound('A last contact', patch.contactedAt, 'not-future', now);
    assertWithinBound('A follow-up', patch.followUpOn, 'not-past', now);
    const doc = await personToEdit(db, person, now);
    return saveAndView(db, setFields(doc, fieldsOfPatch(patch), now));
  });
}

export function addInteraction(
  db: ContactsDatabase,
  person: PersonRef,
  entry: { type: LoggedType; text: string; at: number },
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    assertWithinBound('An entry', entry.at, 'not-future', now);
    const doc = await personToEdit(db, person, now);
    return saveAndView(db, { ...doc, timeline: addEntry(doc.timeline, entry, now) });
  });
}

/**
 * An invitation sent from any LinkedIn page, to the person its card names: the entry goes on their timeline, and
 * someone new is made from the card when no one holds the card's key. It changes no stored field and links none of
 * the card's ids that another person holds: a card, like any page, may be misread or forged.
 */
export function logInvitation(
  db: ContactsDatabase,
  invitee: PageProfile,
  entry: { text: string; at: number },
  now: number,
): Promise<void> {
  return inTransaction(db, async () => {
    assertWithinBound('An entry', entry.at, 'not-future', now);
    const { doc, linkable } = await identify(db, invitee);
    const person = doc ?? (await personFromPage(db, invitee, linkable, now));
    const timeline = addEntry(person.timeline, { type: 'invitation', ...entry }, now);
    await savePeople(db, [{ ...person, timeline }], await loadSettings(db));
  });
}

/** The stored person whose entry a message names; a stale or foreign id is NotFound, never someone else's. */
async function ownerOf(
  db: ContactsDatabase,
  person: PersonRef,
  id: string,
): Promise<{ doc: PersonDoc; entry: Interaction }> {
  const doc = isOnPage(person) ? await findPerson(db, person) : await readPerson(db, person.key);
  const entry = doc && isAlive(doc) ? timelineOf(doc).find((shown) => shown.id === id) : undefined;
  if (!doc || !entry) throw new MissingEntryError('That entry');
  return { doc, entry };
}

/**
 * An edit of an entry, as the writer saw it (`rev`): when another tab or device changed it meanwhile, both
 * texts stay and the timeline says so.
 */
export function updateInteraction(
  db: ContactsDatabase,
  person: PersonRef,
  id: string,
  patch: { type?: LoggedType; text?: string; at?: number; rev?: string },
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    const { doc, entry } = await ownerOf(db, person, id);
    // An entry saved before this rule keeps its time when only its text or type is edited.
    if (patch.at !== entry.at) assertWithinBound('An entry', patch.at, 'not-future', now);
    const { rev, ...fields } = patch;
    const timeline = editEntry(doc.timeline, id, fields, now, rev);
    if (!timeline) throw new MissingEntryError('That entry');
    return saveAndView(db, { ...doc, timeline });
  });
}

export function deleteInteraction(
  db: ContactsDatabase,
  person: PersonRef,
  id: string,
  now: number,
  rev?: string,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    const { doc } = await ownerOf(db, person, id);
    const timeline = deleteEntry(doc.timeline, id, now, rev);
    if (!timeline) throw new MissingEntryError('That entry');
    return saveAndView(db, { ...doc, timeline });
  });
}

/** Every tag in use, sorted as the user's language sorts. */
export async function listTags(db: ContactsDatabase): Promise<string[]> {
  const tags = (await db.contacts.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}

/**
 * Who is due now, most overdue relative to their cadence first, and who comes due in the next seven days.
 * Both are ranges of the dueAt index.
 */
export async function listFollowUps(
  db: ContactsDatabase,
  now: number,
): Promise<{ due: FollowUp[]; upcoming: FollowUp[] }> {
  const settings = await loadSettings(db);
  const toFollowUp = (contact: Contact): FollowUp => ({
    key: contact.key,
    name: contact.name,
    headline: contact.headline,
    lastContactAt: contact.lastContactAt,
    dueAt: contact.dueAt!,
    cadenceDays: effectiveCadence(contact, settings).days,
  });
  const due = (await db.contacts.where('dueAt').belowOrEqual(now).toArray()).map(toFollowUp);
  due.sort(mostUrgentFirst(now));
  const weekEnd = startOfDay(dayOf(now) + 8);
  const upcoming = (await db.contacts.where('dueAt').between(now, weekEnd, false, false).sortBy('dueAt')).map(
    toFollowUp,
  );
  return { due, upcoming };
}

/** What the popup's Done or Snooze changed, as it was before, so that its Undo can put it back. */
export interface FollowUpUndo {
  key: string;
  contactedAt: number | null;
  snoozedUntil: number | null;
  /** The note Done added, if any. */
  noteId: string | null;
}

/** A follow-up's new view, and how to undo what made it. */
export type UndoableFollowUp = ContactView & { undo: FollowUpUndo };

function undoOf(doc: PersonDoc, noteId: string | null = null): FollowUpUndo {
  return { key: doc.key, contactedAt: doc.contactedAt, snoozedUntil: doc.snoozedUntil, noteId };
}

/** "Done": in touch today, with an optional note on the timeline. */
export function markFollowUpDone(
  db: ContactsDatabase,
  key: string,
  note: string,
  now: number,
): Promise<UndoableFollowUp> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, key);
    const noteId = note.trim() ? crypto.randomUUID() : null;
    const timeline = noteId ? addEntry(doc.timeline, { type: 'note', text: note, at: now }, now, noteId) : doc.timeline;
    const view = await saveAndView(db, { ...setFields(doc, { contactedAt: now }, now), timeline });
    return { ...view, undo: undoOf(doc, noteId) };
  });
}

/** Not due before `until` (a local day's noon). */
export function snoozeFollowUp(
  db: ContactsDatabase,
  key: string,
  until: number,
  now: number,
): Promise<UndoableFollowUp> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, key);
    return { ...(await saveAndView(db, setFields(doc, { snoozedUntil: until }, now))), undo: undoOf(doc) };
  });
}

/**
 * Undo of Done or Snooze: the last contact and the snooze as they were, and the note Done added gone. The note
 * goes only if it is that person's note: the id comes from a page.
 */
export function undoFollowUp(db: ContactsDatabase, undo: FollowUpUndo, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, undo.key);
    const note = timelineOf(doc).find((entry) => entry.id === undo.noteId && entry.type === 'note');
    const timeline = (note && deleteEntry(doc.timeline, note.id, now)) || doc.timeline;
    const fields = { contactedAt: undo.contactedAt, snoozedUntil: undo.snoozedUntil };
    return saveAndView(db, { ...setFields(doc, fields, now), timeline });
  });
}

/** How many people are stored. */
export function countContacts(db: ContactsDatabase): Promise<number> {
  return db.contacts.count();
}

/** Personalised notes logged this calendar month (local), against the monthly quota in settings. */
export async function invitationsThisMonth(
  db: ContactsDatabase,
  now: number,
): Promise<{ used: number; quota: number }> {
  const today = new Date(now);
  const monthStart = new Date(today.getFullYear(), today.getMonth(), 1).getTime();
  const used = await db.contacts.where('invitedAt').between(monthStart, Dexie.maxKey).count();
  return { used, quota: (await loadSettings(db)).monthlyNoteQuota };
}

/** A deleted person as they were, so that "Undo" can bring them back. */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
}

/** Deletes a person and their timeline; answers with what was deleted, for undo. */
export function deleteContact(db: ContactsDatabase, key: string, now: number): Promise<DeletedContact> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, key);
    const { contact, interactions } = await viewOf(db, doc);
    await savePeople(db, [deletePerson(doc, now)], await loadSettings(db));
    return { contact: contact!, interactions };
  });
}

/**
 * Undo of a delete. When the person was added again meanwhile (a note in the panel), the two are joined, so
 * that neither the old timeline nor the new note is lost.
 */
export function restoreContact(db: ContactsDatabase, deleted: DeletedContact, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const before = personFromContact(deleted.contact, deleted.interactions);
    const stored = await readPerson(db, before.key);
    if (stored && isAlive(stored)) return saveAndView(db, absorb(stored, before, now));
    const restored = stored ? restorePerson(stored, before, now) : before;
    const again = await db.contacts.where('aliases').anyOf(before.aliases).first();
    if (!again) return saveAndView(db, restored);
    const joined = joinPeople(await livePerson(db, again.key), restored, now);
    await savePeople(db, [joined.keep, joined.other], settings);
    return viewOf(db, joined.keep);
  });
}

async function join(db: ContactsDatabase, keep: PersonDoc, other: PersonDoc, now: number) {
  const joined = joinPeople(keep, other, now);
  await savePeople(db, [joined.keep, joined.other], await loadSettings(db));
  return { view: await viewOf(db, joined.keep), undo: joined.undo };
}

/**
 * The user says that the person on screen (or a stored one) and `otherKey`, who shares one of their stored ids,
 * are one person: `otherKey` joins them. Only a person suggested by stored ids can be joined this way
 * (possibleDuplicates): an id that only the page claims reaches no one (page-identity.ts).
 */
export function joinContacts(db: ContactsDatabase, person: PersonRef, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    const keep = isOnPage(person) ? await findPerson(db, person) : await livePerson(db, person.key);
    if (!keep || !isAlive(keep)) throw new MissingEntryError('That person');
    const suggested = await possibleDuplicates(db, keep);
    if (!suggested.some(({ key }) => key === otherKey)) throw new MissingEntryError('That person');
    const current = isOnPage(person) ? await pagePerson(db, person, now) : keep;
    return join(db, current, await livePerson(db, otherKey), now);
  });
}

/** The page's person and the stored people holding an id only the page claims for them: the user compares them. */
export interface PageClaims {
  /** The page's person as stored, or null while not saved. */
  person: PossibleDuplicate | null;
  others: PossibleDuplicate[];
}

/** Who holds the ids a page claims for its person (identify's `claimedBy`), as the dashboard's comparison shows them. */
export async function peopleClaimedByPage(db: ContactsDatabase, profile: PageProfile): Promise<PageClaims> {
  const { doc, claimedBy } = await identify(db, profile);
  const others = (await db.contacts.bulkGet(claimedBy)).filter((row) => row !== undefined);
  const named = ({ key, name, headline }: { key: string; name: string; headline: string }) => ({ key, name, headline });
  return { person: doc ? named(doc) : null, others: others.map(named) };
}

/**
 * The user, on an extension page, says that the page's person and `otherKey` (who holds an id the page claimed) are
 * one: `otherKey` joins the page's person, made from the page when not saved yet. Anyone else is not found.
 */
export function joinPageClaim(db: ContactsDatabase, profile: PageProfile, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    const { claimedBy } = await identify(db, profile);
    if (!claimedBy.includes(otherKey)) throw new MissingEntryError('That person');
    return join(db, await pagePerson(db, profile, now), await livePerson(db, otherKey), now);
  });
}

/** Joins `otherKey` into `keepKey`, any two people (the dashboard's merge): one person saved twice. */
export function mergeContactsByKey(db: ContactsDatabase, keepKey: string, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    if (keepKey === otherKey) throw new MissingEntryError('Another person');
    return join(db, await livePerson(db, keepKey), await livePerson(db, otherKey), now);
  });
}

/** Undo of a join: both people back as they were, each with their own entries. */
export function separateContacts(db: ContactsDatabase, joined: Joined, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const keepNow = await livePerson(db, joined.keep.key); // still there: undo is of a join, not a later delete
    const otherNow = (await readPerson(db, joined.other.key)) ?? joined.other;
    const { keep, other } = separatePeople(keepNow, otherNow, joined, now);
    await savePeople(db, [keep, other], await loadSettings(db));
    return viewOf(db, keep);
  });
}
