/**
 * The one merge function: two versions of one person give one. Two tabs, a backup import and sync all use it;
 * nothing else decides between versions of a person.
 *
 * Per field the newer change wins (equal times: the same value wins everywhere, whichever side it is on), but
 * aliases join: an id once seen for a person stays theirs;
 * timelines join by entry and version (timeline.ts); the earliest creation and the latest deletion stay.
 * What a newer version of the extension wrote and this one does not know merges by the same rules, carried
 * whole: its fields newer-wins by their times, its entry versions by entry and version (person-wire.ts).
 * Commutative, associative and idempotent (tests/unit/model/merge.properties.test.ts, merge.versions.properties.test.ts),
 * so every device that has seen the same versions holds the same person, whatever order they came in.
 */
import { canonicalJson } from './canonical';
import { PERSON_FIELDS, sortedAliases, type Person } from './person';
import { mergeStamped } from './stamped';
import { heads, type EntryVersion, type ForeignVersion } from './timeline';

export function mergeVersions(a: Person, b: Person): Person {
  if (a.key !== b.key) throw new Error(`Two different people (${a.key}, ${b.key}) are not versions of one.`);
  const { extra: _extra, foreign: _foreign, ...own } = a;
  const base: Person = {
    ...own,
    createdAt: Math.min(a.createdAt, b.createdAt),
    changedAt: {},
    deletedAt:
      a.deletedAt === null ? b.deletedAt : b.deletedAt === null ? a.deletedAt : Math.max(a.deletedAt, b.deletedAt),
    ...mergeEntries(a, b),
  };
  const merged = mergeStamped(base, a, b, PERSON_FIELDS);
  // Identifiers are only ever learned: a newer list from one side must not lose the other's.
  return { ...merged, aliases: sortedAliases([...a.aliases, ...b.aliases]), ...mergeExtra(a, b, merged.changedAt) };
}

/** Both timelines as one, this version's entries and the carried ones alike: a version replaces across both. */
function mergeEntries(a: Person, b: Person): Pick<Person, 'timeline' | 'foreign'> {
  if (!a.foreign && !b.foreign) return { timeline: heads([...a.timeline, ...b.timeline]) };
  const carried = new Set<object>([...(a.foreign ?? []), ...(b.foreign ?? [])]);
  const all = heads<EntryVersion | ForeignVersion>([...a.timeline, ...b.timeline, ...carried] as EntryVersion[]);
  const foreign = all.filter((version) => carried.has(version)) as ForeignVersion[];
  const timeline = all.filter((version) => !carried.has(version)) as EntryVersion[];
  return { timeline, ...(foreign.length > 0 && { foreign }) };
}

/**
 * A newer version's fields, each from the side that changed it last (its time in `changedAt`, absent: never);
 * at equal times the same value wins everywhere, a value over none. Their times go into `changedAt`.
 */
function mergeExtra(a: Person, b: Person, changedAt: Record<string, number>): Pick<Person, 'extra'> {
  const known = new Set<string>(PERSON_FIELDS);
  const stamps = [a.changedAt, b.changedAt] as Record<string, number | undefined>[];
  const names = new Set(
    [a.extra, b.extra, ...stamps].flatMap((record) => Object.keys(record ?? {})).filter((name) => !known.has(name)),
  );
  if (names.size === 0) return {};
  const extra: Record<string, unknown> = {};
  for (const name of [...names].sort()) {
    const [atA, atB] = stamps.map((stamp) => stamp[name] ?? -1);
    const [valueA, valueB] = [a.extra?.[name], b.extra?.[name]];
    const textOf = (value: unknown) => (value === undefined ? '' : canonicalJson(value));
    const value = atA !== atB ? (atA > atB ? valueA : valueB) : textOf(valueA) >= textOf(valueB) ? valueA : valueB;
    if (value !== undefined) extra[name] = value;
    if (Math.max(atA!, atB!) >= 0) changedAt[name] = Math.max(atA!, atB!);
  }
  return Object.keys(extra).length > 0 ? { extra } : {};
}
