/**
 * The sync mark every stored document of version 5 on carries (a copy of utils/db/sync-mark.ts as it was):
 * whether it waits to be sent, and a random stamp that differs after every write.
 */
export interface SyncMarkV5 {
  pending: 0 | 1;
  stamp: number;
}

export function newSyncMark(pending: 0 | 1 = 1): SyncMarkV5 {
  return { pending, stamp: crypto.getRandomValues(new Uint32Array(1))[0]! };
}
