/**
 * Documents of `local` that could not be read (documents.ts, openDocument), remembered by id and revision in
 * the receive's saved place: kept on the server as they are, never retried while their revision stays the same,
 * tried again as soon as it changes, and forgotten once deleted or readable. Everything else syncs past them.
 */
import type { Unreadable } from './documents';

/** Document id → each of its revisions set aside → why. */
export type SetAside = Record<string, Record<string, Unreadable>>;

/** The revisions among `leaves` that are still worth reading: those not already set aside. */
export function toRead(setAside: SetAside, id: string, leaves: readonly string[]): string[] {
  const known = setAside[id] ?? {};
  return leaves.filter((rev) => !Object.hasOwn(known, rev));
}

/**
 * What is set aside of a document after a look at its leaves: the ones set aside before that are still leaves,
 * and those found unreadable now. A document with none left is forgotten.
 */
export function update(
  setAside: SetAside,
  id: string,
  leaves: readonly string[],
  unreadable: Readonly<Record<string, Unreadable>>,
): void {
  const known = setAside[id] ?? {};
  const kept = Object.fromEntries(Object.entries(known).filter(([rev]) => leaves.includes(rev)));
  const now = { ...kept, ...unreadable };
  if (Object.keys(now).length) setAside[id] = now;
  else delete setAside[id];
}
