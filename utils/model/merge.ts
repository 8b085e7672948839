/**
 * The one merge function: two versions of one person give one. Two tabs, a backup import and sync all use it;
 * nothing else decides between versions of a person.
 *
 * Per field the newer change wins (equal times: the same value wins everywhere, whichever side it is on);
 * timelines join by entry and version (timeline.ts); the earliest creation and the latest deletion stay.
 * Commutative, associative and idempotent (tests/unit/merge.properties.test.ts), so every device that has seen
 * the same versions holds the same person, whatever order they came in.
 */
import { PERSON_FIELDS, type PersonDoc, type PersonField } from './person';
import { mergeTimelines } from './timeline';

/** Whether `a`'s value of a field wins over `b`'s: the later change, or at the same time the larger value. */
function wins(a: PersonDoc, b: PersonDoc, field: PersonField): boolean {
  const atA = a.changedAt[field] ?? 0;
  const atB = b.changedAt[field] ?? 0;
  if (atA !== atB) return atA > atB;
  return JSON.stringify(a[field]) >= JSON.stringify(b[field]);
}

export function mergeVersions(a: PersonDoc, b: PersonDoc): PersonDoc {
  if (a.key !== b.key) throw new Error(`Two different people (${a.key}, ${b.key}) are not versions of one.`);
  const merged: PersonDoc = {
    ...a,
    createdAt: Math.min(a.createdAt, b.createdAt),
    changedAt: {},
    deletedAt:
      a.deletedAt === null ? b.deletedAt : b.deletedAt === null ? a.deletedAt : Math.max(a.deletedAt, b.deletedAt),
    timeline: mergeTimelines(a.timeline, b.timeline),
  };
  for (const field of PERSON_FIELDS) {
    const winner = wins(a, b, field) ? a : b;
    (merged as unknown as Record<string, unknown>)[field] = winner[field];
    const at = winner.changedAt[field];
    if (at !== undefined) merged.changedAt[field] = at;
  }
  return merged;
}
