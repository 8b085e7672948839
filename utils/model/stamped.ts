/**
 * Records whose fields each carry the time they last changed (`changedAt`), merged field by field: the newer
 * change wins, and at the same time the same value wins everywhere, whichever side it is on. People (person.ts)
 * and the settings are kept this way, so that two edits of different fields, on any two devices, both stay.
 */

export interface Stamped<F extends string> {
  changedAt: Partial<Record<F, number>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `record` with `patch`'s fields set. Only fields whose value changes are stamped, later than their last change
 * even when this device's clock is behind. Answers `record` itself when nothing changes.
 */
export function setStamped<F extends string, R extends Stamped<F> & Record<F, unknown>>(
  record: R,
  fields: readonly F[],
  patch: Partial<Record<F, unknown>>,
  now: number,
): R {
  let next = record;
  for (const field of fields) {
    const value = patch[field];
    if (value === undefined || same(value, record[field])) continue;
    if (next === record) next = { ...record, changedAt: { ...record.changedAt } };
    (next as Record<F, unknown>)[field] = value;
    next.changedAt[field] = Math.max(now, (record.changedAt[field] ?? 0) + 1);
  }
  return next;
}

/** Whether `a`'s value of a field wins over `b`'s. */
function wins<F extends string>(a: Stamped<F> & Record<F, unknown>, b: Stamped<F> & Record<F, unknown>, field: F) {
  const atA = a.changedAt[field] ?? 0;
  const atB = b.changedAt[field] ?? 0;
  if (atA !== atB) return atA > atB;
  return JSON.stringify(a[field]) >= JSON.stringify(b[field]);
}

/**
 * `base` with each of `fields` taken from whichever of `a` and `b` changed it last; the times of other fields
 * stay as `base` has them.
 */
export function mergeStamped<F extends string, R extends Stamped<F> & Record<F, unknown>>(
  base: R,
  a: R,
  b: R,
  fields: readonly F[],
): R {
  const others = Object.entries(base.changedAt).filter(([field]) => !fields.includes(field as F));
  const merged = { ...base, changedAt: Object.fromEntries(others) as Partial<Record<F, number>> };
  for (const field of fields) {
    const winner = wins(a, b, field) ? a : b;
    (merged as Record<F, unknown>)[field] = winner[field];
    const at = winner.changedAt[field];
    if (at !== undefined) merged.changedAt[field] = at;
  }
  return merged;
}
