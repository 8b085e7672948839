/**
 * What every stored document carries for sync: whether it changed since it was last sent (`pending`, indexed,
 * so that sync finds the changes without reading everything), and a stamp that differs after every write (so
 * that sync unmarks a document only if nothing wrote it again while it was being sent).
 */
export interface SyncMark {
  pending: 0 | 1;
  stamp: number;
}

export function newSyncMark(pending: 0 | 1 = 1): SyncMark {
  return { pending, stamp: crypto.getRandomValues(new Uint32Array(1))[0]! };
}

/** A stored document without its sync mark. */
export function withoutMark<T extends object>(stored: T & Partial<SyncMark>): T {
  const { pending: _pending, stamp: _stamp, ...doc } = stored;
  return doc as T;
}
