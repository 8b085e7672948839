/**
 * Two stored people the user says are one (`joinPeople`), and undoing that (`separatePeople`). Not a merge of
 * versions (merge.ts): these are two different documents, and only the user decides they are one person.
 * Pure.
 */
import { deletePerson, latestChange, PERSON_FIELDS, restorePerson, setFields, type Person } from './person';
import { deleteEntry, heads, reinstated, visibleEntries } from './timeline';
import { normalizeTags } from './summary';

/** The most aliases, and the most tags, a person's document holds (utils/model/schemas.ts). */
const MOST_IDS = 100;

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * `keep` with `other` taken in: their timelines, aliases and tags; the fields `keep` lacks; the earliest
 * creation and connection; the latest contact.
 */
export function absorb(keep: Person, other: Person, now: number): Person {
  const filled = <F extends 'name' | 'headline' | 'company' | 'location' | 'photoUrl' | 'email'>(field: F) =>
    keep[field] || other[field];
  const joined = setFields(
    keep,
    {
      name: filled('name'),
      headline: filled('headline'),
      company: filled('company'),
      location: filled('location'),
      photoUrl: filled('photoUrl'),
      email: filled('email'),
      // At most what a person's document holds (schemas.ts), `keep`'s first, so that no computer refuses them.
      aliases: [...new Set([...keep.aliases, ...other.aliases])].slice(0, MOST_IDS),
      tags: normalizeTags([...keep.tags, ...other.tags]).slice(0, MOST_IDS),
      profileId: keep.profileId ?? other.profileId,
      memberId: keep.memberId ?? other.memberId,
      connectedAt: earliest(keep.connectedAt, other.connectedAt),
      contactedAt: latest(keep.contactedAt, other.contactedAt),
      followUpOn: keep.followUpOn ?? other.followUpOn,
    },
    now,
  );
  return {
    ...joined,
    createdAt: Math.min(keep.createdAt, other.createdAt),
    // `other`'s entries, given back as new versions where `keep` held them (after an earlier join was undone).
    timeline: heads([
      ...joined.timeline,
      ...visibleEntries(other.timeline).map(({ version }) => reinstated(joined.timeline, version, now)),
    ]),
    // Entries a newer version wrote for `other` go with the rest (as they are: this version cannot rewrite them).
    ...carriedOf(joined, other),
  };
}

function carriedOf(keep: Person, other: Person): Pick<Person, 'foreign'> {
  const foreign = heads([...(keep.foreign ?? []), ...(other.foreign ?? []).filter((version) => !version.deleted)]);
  return foreign.length > 0 ? { foreign } : {};
}

/** Two people as they were before they were joined: what undo puts back. */
export interface Joined {
  keep: Person;
  other: Person;
  /** `other` was never saved (a page's person the user had not added yet): undo gives back `keep` alone. */
  otherUnsaved?: true;
}

/** The user says `other` is `keep`: `keep` takes them in, and `other` is deleted. */
export function joinPeople(keep: Person, other: Person, now: number) {
  const joinedAt = Math.max(now, latestChange(other) + 1);
  return { keep: absorb(keep, other, now), other: deletePerson(other, joinedAt), undo: { keep, other } as Joined };
}

/**
 * Undo of a join: `other` back as it was, with its own entries; `keep`'s fields as they were, without the
 * entries it took in. Entries written to the joined person since stay with the one kept.
 */
export function separatePeople(keepNow: Person, otherNow: Person, joined: Joined, now: number) {
  const before = Object.fromEntries(PERSON_FIELDS.map((field) => [field, joined.keep[field]]));
  let keep = setFields(keepNow, before, now);
  const ownIds = new Set(joined.keep.timeline.map((version) => version.id));
  for (const { version } of visibleEntries(joined.other.timeline)) {
    if (!ownIds.has(version.id))
      keep = { ...keep, timeline: deleteEntry(keep.timeline, version.id, now) ?? keep.timeline };
  }
  return { keep: { ...keep, createdAt: joined.keep.createdAt }, other: restorePerson(otherNow, joined.other, now) };
}
