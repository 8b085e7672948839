/** Documents compared and written by content: every object's keys in one order, whatever order they were set in. */

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An object with its keys in code-unit order (one level). */
export function sortedKeys<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnits(a, b))) as T;
}

/** JSON with every object's keys in code-unit order, at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? sortedKeys(inner) : inner,
  );
}

export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
