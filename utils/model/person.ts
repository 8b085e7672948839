/**
 * A person as one document (schema v5): who they are, what the user set, and their whole timeline, with the
 * time each part last changed, so that any two versions of them can be merged (merge.ts) whichever device,
 * tab or backup they come from. Pure: the store (utils/db/people/) keeps these.
 */
import { cleanText } from '../clean-text';
import { setStamped, type Stamped } from './stamped';
import {
  deleteAll,
  deleteForeign,
  heads,
  reinstated,
  visibleEntries,
  type EntryVersion,
  type ForeignVersion,
} from './timeline';
import type { SeenProfile } from './profile';

/** The fields of a person the user or LinkedIn sets, each merged on its own: the newer change wins. */
export interface PersonFields {
  /** Every identifier seen for this person: slugs (old and new), profile id, `member:<n>`. */
  aliases: string[];
  profileId: string | null;
  memberId: string | null;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
  email: string;
  tags: string[];
  /** When the user said they were last in touch. */
  contactedAt: number | null;
  /** Keep-in-touch rhythm in days; null for none; 'inherit' to follow tags and settings. */
  cadenceDays: number | null | 'inherit';
  /** An import left this person to their tags' rhythm only (see Summary.cadenceFromTagsOnly). */
  cadenceFromTagsOnly: boolean;
  followUpOn: number | null;
  snoozedUntil: number | null;
  connectedAt: number | null;
  lastSeen: SeenProfile | null;
}

export type PersonField = keyof PersonFields;

export const PERSON_FIELDS = [
  'aliases',
  'profileId',
  'memberId',
  'name',
  'headline',
  'company',
  'location',
  'photoUrl',
  'email',
  'tags',
  'contactedAt',
  'cadenceDays',
  'cadenceFromTagsOnly',
  'followUpOn',
  'snoozedUntil',
  'connectedAt',
  'lastSeen',
] as const satisfies readonly PersonField[];

export interface Person extends PersonFields, Stamped<PersonField> {
  /** The normalised vanity slug, or the `ACoAA…` profile id when no slug was known. Never changes. */
  key: string;
  createdAt: number;
  /** When the person was deleted; edits made later elsewhere bring them back. */
  deletedAt: number | null;
  timeline: EntryVersion[];
  /**
   * Fields a newer version of the extension set on the person, unknown here (their times in `changedAt`):
   * merged as every field is, the newer change winning, never shown, and written back as they came.
   */
  extra?: Record<string, unknown>;
  /** Timeline versions a newer version wrote that this one cannot read (timeline.ts): carried, never shown. */
  foreign?: ForeignVersion[];
}

export const EMPTY_FIELDS: PersonFields = {
  aliases: [],
  profileId: null,
  memberId: null,
  name: '',
  headline: '',
  company: '',
  location: '',
  photoUrl: '',
  email: '',
  tags: [],
  contactedAt: null,
  cadenceDays: 'inherit',
  cadenceFromTagsOnly: false,
  followUpOn: null,
  snoozedUntil: null,
  connectedAt: null,
  lastSeen: null,
};

/** A new person with the given fields, all set at `now`. */
export function newPerson(key: string, fields: Partial<PersonFields>, now: number): Person {
  const empty: Person = { key, createdAt: now, ...EMPTY_FIELDS, changedAt: {}, deletedAt: null, timeline: [] };
  return setFields(empty, fields, now);
}

/**
 * The person with `patch`'s fields set: only the fields that change are stamped (stamped.ts), so that two
 * edits of different fields, anywhere, both stay. Answers `doc` itself when nothing changes.
 */
export function setFields(doc: Person, patch: Partial<PersonFields>, now: number): Person {
  const aliases = patch.aliases && sortedAliases(patch.aliases);
  return setStamped(doc, PERSON_FIELDS, aliases ? { ...patch, aliases } : patch, now);
}

/** Aliases as a document keeps them: each once, in code-unit order, so that equal sets are equal lists. */
export function sortedAliases(aliases: readonly string[]): string[] {
  return [...new Set(aliases)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The latest change of anything the person shows: a field or a live timeline entry. */
export function latestChange(doc: Person): number {
  let latest = doc.createdAt;
  for (const at of Object.values(doc.changedAt)) if (at !== undefined && at > latest) latest = at;
  for (const version of doc.timeline) if (!version.deleted && version.updatedAt > latest) latest = version.updatedAt;
  return latest;
}

/**
 * Whether the person is there: never deleted, changed somewhere after the deletion, or showing an entry the
 * deletion never saw. A deletion wins only over what it saw: it deletes every entry it shows (deletePerson),
 * so an entry still showing was added (or edited after it) where the deletion had not arrived, and a note
 * written offline on one computer is not lost to a deletion on another. A function of the one document, so
 * the merge stays commutative, associative and idempotent (tests/unit/model/merge.properties.test.ts).
 */
export function isAlive(doc: Person): boolean {
  return doc.deletedAt === null || latestChange(doc) > doc.deletedAt || showsEntries(doc);
}

/** Whether any entry shows, or would show on the version that can read it (a carried one, timeline.ts). */
function showsEntries(doc: Person): boolean {
  return visibleEntries(doc.timeline).length > 0 || (doc.foreign ?? []).some((version) => !version.deleted);
}

/**
 * Whether the person is here only because of entries their deletion never saw: the user is told so (the
 * panel), since they deleted them, somewhere. Setting any field (a restore does) settles it.
 */
export function keptAfterDeletion(doc: Person): boolean {
  const { deletedAt } = doc;
  if (deletedAt === null) return false;
  const setSince = Object.values(doc.changedAt).some((at) => at !== undefined && at > deletedAt);
  return !setSince && showsEntries(doc);
}

/** The person deleted: a tombstone that keeps their identity and no text of their timeline. */
export function deletePerson(doc: Person, now: number): Person {
  const { foreign = [], ...rest } = doc;
  const deletedAt = Math.max(now, latestChange(doc) + 1, ...foreign.map((version) => version.updatedAt + 1));
  // What a newer version wrote goes too: a deletion takes every text the person had on this device.
  const timeline = heads([...deleteAll(doc.timeline, deletedAt), ...deleteForeign(foreign, deletedAt)]);
  const stillForeign = foreign.filter((version) => version.deleted);
  return { ...rest, deletedAt, timeline, ...(stillForeign.length > 0 && { foreign: stillForeign }) };
}

/**
 * A deleted person brought back as `before` showed them: every field set again, later than the deletion, and
 * the entries it held given back (as new versions, so that they outlive the deletion on every device).
 */
export function restorePerson(doc: Person, before: Person, now: number): Person {
  const at = Math.max(now, (doc.deletedAt ?? 0) + 1, latestChange(doc) + 1);
  const changedAt = Object.fromEntries(PERSON_FIELDS.map((field) => [field, at]));
  const fields = Object.fromEntries(PERSON_FIELDS.map((field) => [field, before[field]])) as unknown as PersonFields;
  const returned = visibleEntries(before.timeline).map(({ version }) => reinstated(doc.timeline, version, at));
  return { ...doc, ...fields, changedAt, timeline: heads([...doc.timeline, ...returned]) };
}

/**
 * The person with their one-line texts cleaned (utils/clean-text.ts), each field that cleaning changed stamped
 * one later than it was. At equal times the merge keeps whichever value sorts last, so a computer that kept the
 * uncleaned text and one that cleaned it would rewrite each other at every sync; one later, the cleaned text wins
 * on every computer, whatever version it runs, and sync settles.
 */
export function withTextCleaned(doc: Person): Person {
  const { lastSeen } = doc;
  const cleaned = {
    name: cleanText(doc.name),
    headline: cleanText(doc.headline),
    company: cleanText(doc.company),
    location: cleanText(doc.location),
    lastSeen: lastSeen && { ...lastSeen, headline: cleanText(lastSeen.headline), company: cleanText(lastSeen.company) },
  };
  let next = doc;
  for (const field of Object.keys(cleaned) as (keyof typeof cleaned)[]) {
    if (JSON.stringify(cleaned[field]) === JSON.stringify(doc[field])) continue;
    const changedAt = { ...next.changedAt, [field]: (doc.changedAt[field] ?? 0) + 1 };
    next = { ...next, [field]: cleaned[field], changedAt };
  }
  return next;
}
