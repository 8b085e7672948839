/**
 * What the background does with contacts and their timelines. Every operation runs in one transaction and
 * answers with the person's whole view, so that the panel shows exactly what is stored.
 */
import Dexie from 'dexie';
import {
  aliasesOf,
  byNewestFirst,
  withDerivedFields,
  newContact,
  newInteraction,
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
import { dueAtOf, effectiveCadence, mostUrgentFirst, type FollowUp } from '../followups';
import type { Settings } from '../settings';
import type { Template } from '../templates';
import { dayOf, startOfDay } from '../time';
import { loadSettings, type ContactsDatabase } from './database';

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

/**
 * The stored person a page shows, found by any of its identifiers: the one holding the earliest of the page's
 * aliases (the URL's own key comes first), the one keyed by it among equals. Never merges: other stored
 * contacts that hold one of the page's ids are only suggested (`possibleDuplicates`), and join when the user
 * says so (joinContacts).
 */
async function findContact(db: ContactsDatabase, profile: PageProfile): Promise<Contact | undefined> {
  const aliases = aliasesOf(profile);
  const candidates = await db.contacts.where('aliases').anyOf(aliases).distinct().toArray();
  for (const alias of aliases) {
    const holders = candidates.filter((contact) => contact.aliases.includes(alias));
    const found = holders.find((contact) => contact.key === alias) ?? holders.sort(byCreation)[0];
    if (found) return found;
  }
  return undefined;
}

function byCreation(a: Contact, b: Contact): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/** Other stored contacts that share an id with this person: maybe the same person saved twice. */
async function possibleDuplicates(
  db: ContactsDatabase,
  contact: Contact,
  pageAliases: readonly string[] = [],
): Promise<PossibleDuplicate[]> {
  const aliases = [...new Set([...contact.aliases, ...pageAliases])];
  const others = await db.contacts.where('aliases').anyOf(aliases).distinct().toArray();
  return others
    .filter((other) => other.key !== contact.key)
    .sort(byCreation)
    .map(({ key, name, headline }) => ({ key, name, headline }));
}

/**
 * Joins `other` into `keep`: their timelines, aliases and tags; fields `keep` lacks; the earliest creation and
 * connection; the latest contact. Writes the moved timeline and deletes `other`; the caller saves the result.
 */
async function joinInto(db: ContactsDatabase, keep: Contact, other: Contact): Promise<Contact> {
  await interactionsOf(db, other.key).modify({ contactKey: keep.key });
  await db.contacts.delete(other.key);
  const all = [keep, other];
  const contactedAt = all.map((contact) => contact.contactedAt ?? -Infinity).reduce((a, b) => Math.max(a, b));
  const connectedAt = all.map((contact) => contact.connectedAt ?? Infinity).reduce((a, b) => Math.min(a, b));
  const filled = (field: 'name' | 'headline' | 'company' | 'location' | 'photoUrl' | 'email') =>
    all.find((contact) => contact[field])?.[field] ?? '';
  return {
    ...keep,
    name: filled('name'),
    headline: filled('headline'),
    company: filled('company'),
    location: filled('location'),
    photoUrl: filled('photoUrl'),
    email: filled('email'),
    connectedAt: Number.isFinite(connectedAt) ? connectedAt : null,
    followUpOn: keep.followUpOn ?? other.followUpOn,
    aliases: [...new Set(all.flatMap((contact) => contact.aliases))],
    tags: normalizeTags(all.flatMap((contact) => contact.tags)),
    profileId: keep.profileId ?? other.profileId,
    memberId: keep.memberId ?? other.memberId,
    contactedAt: Number.isFinite(contactedAt) ? contactedAt : null,
    createdAt: Math.min(keep.createdAt, other.createdAt),
  };
}

/** All of one person's interactions, through the [contactKey+at] index. */
function interactionsOf(db: ContactsDatabase, contactKey: string) {
  return db.interactions.where('[contactKey+at]').between([contactKey, Dexie.minKey], [contactKey, Dexie.maxKey]);
}

async function timelineOf(db: ContactsDatabase, contactKey: string): Promise<Interaction[]> {
  return (await interactionsOf(db, contactKey).toArray()).sort(byNewestFirst);
}

async function storedContact(db: ContactsDatabase, key: string): Promise<Contact> {
  const contact = await db.contacts.get(key);
  if (!contact) throw new MissingEntryError('That person');
  return contact;
}

/** Runs `work` in one read-write transaction over every table a contact's data touches. */
function inTransaction<T>(db: ContactsDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.contacts, db.interactions, db.settings, work);
}

/** Saves the contact with its derived last contact and due time, and answers with the person's view. */
async function saveAndView(
  db: ContactsDatabase,
  contact: Contact,
  now: number,
  changes: ProfileChange[] = [],
): Promise<ContactView> {
  const interactions = await timelineOf(db, contact.key);
  const settings = await loadSettings(db);
  const saved = { ...withDerivedFields(contact, interactions, settings), updatedAt: now };
  await db.contacts.put(saved);
  return {
    contact: saved,
    interactions,
    changes,
    cadence: effectiveCadence(saved, settings),
    sameAs: await possibleDuplicates(db, saved),
  };
}

/**
 * The contact an edit is for: a page's person kept up to date with the page, or new when there is none yet;
 * a stored contact by key, which must still exist.
 */
async function contactToEdit(db: ContactsDatabase, person: PersonRef, now: number): Promise<Contact> {
  if (!isOnPage(person)) return storedContact(db, person.key);
  const found = await findContact(db, person);
  return found ? refreshFromPage(found, person).contact : newContact(person, now);
}

/** Records each change LinkedIn shows since the last visit on the timeline. */
async function recordChanges(db: ContactsDatabase, contact: Contact, changes: ProfileChange[], now: number) {
  await db.interactions.bulkAdd(
    changes.map((change) =>
      newInteraction(
        contact.key,
        change.field === 'company' ? 'company_change' : 'headline_change',
        `${change.from} → ${change.to}`,
        now,
        now,
      ),
    ),
  );
}

/**
 * What we know of a person. Viewing a page creates nothing, and writes only when it links new aliases or
 * notices changes.
 */
export function viewContact(db: ContactsDatabase, person: PersonRef, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    const found = isOnPage(person) ? await findContact(db, person) : await storedContact(db, person.key);
    if (!found) {
      const cadence = effectiveCadence({ tags: [] }, settings);
      return { contact: null, interactions: [], changes: [], cadence, sameAs: [] };
    }
    const { contact, changes } = isOnPage(person) ? refreshFromPage(found, person) : { contact: found, changes: [] };
    if (contact === found) {
      return {
        contact,
        interactions: await timelineOf(db, contact.key),
        changes,
        cadence: effectiveCadence(contact, settings),
        sameAs: await possibleDuplicates(db, contact),
      };
    }
    await recordChanges(db, contact, changes, now);
    return saveAndView(db, contact, now, changes);
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

/** Edits the given fields only, so that two tabs editing different fields both keep their edit. */
export function updateContact(
  db: ContactsDatabase,
  person: PersonRef,
  patch: ContactPatch,
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    assertWithinBound('A last contact', patch.contactedAt, 'not-future', now);
    assertWithinBound('A follow-up', patch.followUpOn, 'not-past', now);
    // An inherited cadence is no cadenceDays property at all; any choice of rhythm ends an import's "tags only".
    const { cadenceDays: storedCadence, cadenceFromTagsOnly, ...contact } = await contactToEdit(db, person, now);
    const cadenceDays = patch.cadenceDays === undefined ? storedCadence : patch.cadenceDays;
    const edited: Contact = {
      ...contact,
      ...(patch.cadenceDays === undefined && cadenceFromTagsOnly && { cadenceFromTagsOnly }),
      ...(cadenceDays !== 'inherit' && cadenceDays !== undefined && { cadenceDays }),
      ...(patch.name !== undefined && { name: patch.name.trim() }),
      ...(patch.headline !== undefined && { headline: patch.headline.trim() }),
      ...(patch.company !== undefined && { company: patch.company.trim() }),
      ...(patch.tags !== undefined && { tags: normalizeTags(patch.tags) }),
      ...(patch.contactedAt !== undefined && { contactedAt: patch.contactedAt }),
      ...(patch.followUpOn !== undefined && { followUpOn: patch.followUpOn }),
      ...(patch.snoozedUntil !== undefined && { snoozedUntil: patch.snoozedUntil }),
    };
    return saveAndView(db, edited, now);
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
    const contact = await contactToEdit(db, person, now);
    await db.interactions.add(newInteraction(contact.key, entry.type, entry.text, entry.at, now));
    return saveAndView(db, contact, now);
  });
}

/** The interaction `id` of this person; a stale or foreign id is NotFound, never someone else's entry. */
async function interactionOf(db: ContactsDatabase, person: PersonRef, id: string) {
  const contact = isOnPage(person) ? await findContact(db, person) : await db.contacts.get(person.key);
  const interaction = await db.interactions.get(id);
  if (!contact || !interaction || interaction.contactKey !== contact.key) throw new MissingEntryError('That entry');
  return { contact, interaction };
}

export function updateInteraction(
  db: ContactsDatabase,
  person: PersonRef,
  id: string,
  patch: { type?: LoggedType; text?: string; at?: number },
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    const { contact, interaction } = await interactionOf(db, person, id);
    // An entry saved before this rule keeps its time when only its text or type is edited.
    if (patch.at !== interaction.at) assertWithinBound('An entry', patch.at, 'not-future', now);
    await db.interactions.put({
      ...interaction,
      ...(patch.type !== undefined && { type: patch.type }),
      ...(patch.text !== undefined && { text: patch.text.trim() }),
      ...(patch.at !== undefined && { at: patch.at }),
      updatedAt: now,
    });
    return saveAndView(db, contact, now);
  });
}

export function deleteInteraction(
  db: ContactsDatabase,
  person: PersonRef,
  id: string,
  now: number,
): Promise<ContactView> {
  return inTransaction(db, async () => {
    const { contact } = await interactionOf(db, person, id);
    await db.interactions.delete(id);
    return saveAndView(db, contact, now);
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

function undoOf(contact: Contact, noteId: string | null = null): FollowUpUndo {
  return { key: contact.key, contactedAt: contact.contactedAt, snoozedUntil: contact.snoozedUntil, noteId };
}

/** "Done": in touch today, with an optional note on the timeline. */
export function markFollowUpDone(
  db: ContactsDatabase,
  key: string,
  note: string,
  now: number,
): Promise<UndoableFollowUp> {
  return inTransaction(db, async () => {
    const contact = await storedContact(db, key);
    const added = note.trim() ? newInteraction(key, 'note', note, now, now) : null;
    if (added) await db.interactions.add(added);
    const view = await saveAndView(db, { ...contact, contactedAt: now }, now);
    return { ...view, undo: undoOf(contact, added?.id) };
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
    const contact = await storedContact(db, key);
    return { ...(await saveAndView(db, { ...contact, snoozedUntil: until }, now)), undo: undoOf(contact) };
  });
}

/**
 * Undo of Done or Snooze: the last contact and the snooze as they were, and the note Done added gone. The note
 * goes only if it is that person's note: the id comes from a page.
 */
export function undoFollowUp(db: ContactsDatabase, undo: FollowUpUndo, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const contact = await storedContact(db, undo.key);
    const note = undo.noteId === null ? undefined : await db.interactions.get(undo.noteId);
    if (note?.contactKey === contact.key && note.type === 'note') await db.interactions.delete(note.id);
    return saveAndView(db, { ...contact, contactedAt: undo.contactedAt, snoozedUntil: undo.snoozedUntil }, now);
  });
}

/** How many people are stored. */
export function countContacts(db: ContactsDatabase): Promise<number> {
  return db.contacts.count();
}

/** Saves settings over the current ones; when a rhythm changed, everyone's due day is worked out again. */
export function updateSettings(db: ContactsDatabase, patch: Partial<Settings>): Promise<Settings> {
  return inTransaction(db, async () => {
    const before = await loadSettings(db);
    const settings = { ...before, ...patch };
    await db.settings.put({ ...settings, key: 'settings' });
    const rhythmChanged =
      settings.defaultCadenceDays !== before.defaultCadenceDays ||
      JSON.stringify(settings.tagCadences) !== JSON.stringify(before.tagCadences);
    if (rhythmChanged) await rescheduleEveryone(db, settings);
    return settings;
  });
}

/**
 * Works out everyone's due time again, writing only those that differ: after a change of rhythm, and at
 * browser start-up, since due days are local calendar days and the time zone may have changed.
 */
export async function rescheduleEveryone(db: ContactsDatabase, settings?: Settings): Promise<number> {
  return inTransaction(db, async () => {
    const current = settings ?? (await loadSettings(db));
    return db.contacts
      .filter((contact) => contact.dueAt !== dueAtOf(contact, current))
      .modify((contact) => {
        contact.dueAt = dueAtOf(contact, current);
      });
  });
}

/** Every template, by language and name. */
export async function listTemplates(db: ContactsDatabase): Promise<Template[]> {
  const templates = await db.templates.toArray();
  return templates.sort((a, b) => a.language.localeCompare(b.language) || a.name.localeCompare(b.name));
}

export async function saveTemplate(db: ContactsDatabase, template: Template): Promise<Template[]> {
  await db.templates.put({ ...template, name: template.name.trim() });
  return listTemplates(db);
}

export async function deleteTemplate(db: ContactsDatabase, id: string): Promise<Template[]> {
  await db.templates.delete(id);
  return listTemplates(db);
}

/** Personalised notes logged this calendar month (local), against the monthly quota in settings. */
export async function invitationsThisMonth(
  db: ContactsDatabase,
  now: number,
): Promise<{ used: number; quota: number }> {
  const today = new Date(now);
  const monthStart = new Date(today.getFullYear(), today.getMonth(), 1).getTime();
  const used = await db.interactions
    .where('[type+at]')
    .between(['invitation', monthStart], ['invitation', Dexie.maxKey])
    .count();
  return { used, quota: (await loadSettings(db)).monthlyNoteQuota };
}

/** A deleted person, whole, so that "Undo" can bring them back as they were. */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
}

/** Deletes a person and their timeline; answers with what was deleted, for undo. */
export function deleteContact(db: ContactsDatabase, key: string): Promise<DeletedContact> {
  return inTransaction(db, async () => {
    const contact = await storedContact(db, key);
    const interactions = await timelineOf(db, key);
    await interactionsOf(db, key).delete();
    await db.contacts.delete(key);
    return { contact, interactions };
  });
}

/**
 * Undo of a delete. When the person was added again meanwhile (a note in the panel), the two are joined, so
 * that neither the old timeline nor the new note is lost.
 */
export function restoreContact(db: ContactsDatabase, deleted: DeletedContact, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    const again = await db.contacts.where('aliases').anyOf(deleted.contact.aliases).first();
    await db.interactions.bulkPut(
      deleted.interactions.map((interaction) => ({ ...interaction, contactKey: again?.key ?? deleted.contact.key })),
    );
    const contact = again ? await joinInto(db, again, deleted.contact) : deleted.contact;
    return saveAndView(db, contact, now);
  });
}

/** Two people as they were before they were joined: what undo puts back. */
export interface Joined {
  keep: Contact;
  other: Contact;
  /** The entries that were `other`'s, by id. */
  otherEntryIds: string[];
}

async function join(db: ContactsDatabase, keep: Contact, other: Contact, now: number) {
  const otherEntryIds = (await interactionsOf(db, other.key).primaryKeys()) as string[];
  const view = await saveAndView(db, await joinInto(db, keep, other), now);
  return { view, undo: { keep, other, otherEntryIds } satisfies Joined };
}

/**
 * The user says that the person on screen (or a stored contact) and `otherKey`, which shares one of their ids,
 * are one person: `otherKey` joins them. Only a suggested person can be joined this way (possibleDuplicates),
 * so a page can never reach anyone else by key.
 */
export function joinContacts(db: ContactsDatabase, person: PersonRef, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    const keep = isOnPage(person) ? await findContact(db, person) : await storedContact(db, person.key);
    if (!keep) throw new MissingEntryError('That person');
    const suggested = await possibleDuplicates(db, keep, isOnPage(person) ? aliasesOf(person) : []);
    const other = suggested.some(({ key }) => key === otherKey) && (await db.contacts.get(otherKey));
    if (!other) throw new MissingEntryError('That person');
    return join(db, isOnPage(person) ? refreshFromPage(keep, person).contact : keep, other, now);
  });
}

/** Joins `otherKey` into `keepKey`, any two people (the dashboard's merge): one person saved twice. */
export function mergeContactsByKey(db: ContactsDatabase, keepKey: string, otherKey: string, now: number) {
  return inTransaction(db, async () => {
    if (keepKey === otherKey) throw new MissingEntryError('Another person');
    return join(db, await storedContact(db, keepKey), await storedContact(db, otherKey), now);
  });
}

/**
 * Undo of a join: both people back as they were, each with their own entries. Entries written to the joined
 * person since stay with the one kept.
 */
export function separateContacts(db: ContactsDatabase, joined: Joined, now: number): Promise<ContactView> {
  return inTransaction(db, async () => {
    await storedContact(db, joined.keep.key); // still there: undo is of a join, not a later delete
    await db.contacts.put(joined.other);
    await db.interactions.where('id').anyOf(joined.otherEntryIds).modify({ contactKey: joined.other.key });
    await saveAndView(db, joined.other, now);
    return saveAndView(db, joined.keep, now);
  });
}
