/**
 * The one merge function: two versions of one person give one. Two tabs, a backup import and sync all use it;
 * nothing else decides between versions of a person.
 *
 * Per field the newer change wins (equal times: the same value wins everywhere, whichever side it is on), but
 * aliases join: an id once seen for a person stays theirs;
 * timelines join by entry and version (timeline.ts); the earliest creation and the latest deletion stay.
 * Commutative, associative and idempotent (tests/unit/merge.properties.test.ts), so every device that has seen
 * the same versions holds the same person, whatever order they came in.
 */
import { PERSON_FIELDS, sortedAliases, type PersonDoc } from './person';
import { mergeStamped } from './stamped';
import { mergeTimelines } from './timeline';

export function mergeVersions(a: PersonDoc, b: PersonDoc): PersonDoc {
  if (a.key !== b.key) throw new Error(`Two different people (${a.key}, ${b.key}) are not versions of one.`);
  const base: PersonDoc = {
    ...a,
    createdAt: Math.min(a.createdAt, b.createdAt),
    changedAt: {},
    deletedAt:
      a.deletedAt === null ? b.deletedAt : b.deletedAt === null ? a.deletedAt : Math.max(a.deletedAt, b.deletedAt),
    timeline: mergeTimelines(a.timeline, b.timeline),
  };
  const merged = mergeStamped(base, a, b, PERSON_FIELDS);
  // Identifiers are only ever learned: a newer list from one side must not lose the other's.
  return { ...merged, aliases: sortedAliases([...a.aliases, ...b.aliases]) };
}
