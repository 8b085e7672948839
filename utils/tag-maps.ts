/**
 * Per-tag settings (a tier's follow-up rhythm, a tag's colour) are maps from tag to value, matched as tags are:
 * in any case, so "Mentors" finds the rhythm set for "mentors".
 */
export type TagMap<T> = Readonly<Record<string, T>>;

const folded = (tag: string) => tag.toLocaleLowerCase();

/** The tag's entry, in any case. */
export function entryOf<T>(map: TagMap<T>, tag: string): T | undefined {
  return Object.entries(map).find(([name]) => folded(name) === folded(tag))?.[1];
}

/** The map with the tag's entry set (under this spelling), or removed when `value` is undefined. */
export function withEntry<T>(map: TagMap<T>, tag: string, value: T | undefined): Record<string, T> {
  const others = Object.entries(map).filter(([name]) => folded(name) !== folded(tag));
  return Object.fromEntries(value === undefined ? others : [...others, [tag, value]]);
}

/** The map with `from`'s entry moved to `to` (removed when `to` is null); an entry `to` already has wins. */
export function renamedEntry<T>(map: TagMap<T>, from: string, to: string | null): Record<string, T> {
  const moved = entryOf(map, from);
  const rest = withEntry(map, from, undefined);
  if (moved === undefined || to === null || entryOf(rest, to) !== undefined) return rest;
  return { ...rest, [to]: moved };
}
