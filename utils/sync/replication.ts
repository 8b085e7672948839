/**
 * One sync with the user's server (DESIGN.md, "Sync"). The server only ever holds what `local`, the device's
 * replica of encrypted documents, holds: records go store → `local` → server and back, and PouchDB's
 * replication moves them between `local` and the server with its own checkpoints. Every step can stop halfway
 * and the next sync goes on from where it stopped.
 */
import type { SyncKeys } from './crypto';
import { serverError } from './errors';
import type { LocalSide } from './local-side';
import { openKeys, type SyncSecret } from './meta';
import type { PouchDatabase } from './pouchdb';
import { receiveChanges } from './receive';
import type { SyncProgress, SyncRun } from './run';
import { sendPending } from './send';

export type SyncOptions = SyncSecret & {
  /** The device's replica of the encrypted documents (IndexedDB in the extension). One sync at a time. */
  local: PouchDatabase;
  /** The user's database on their CouchDB, with their username and password. */
  remote: PouchDatabase;
  side: LocalSide;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * Stops the sync between two steps, and cancels a replication under way; it then rejects with the signal's
   * reason. A request in flight (the meta document's) finishes first: a timeout belongs in the remote's fetch.
   */
  signal?: AbortSignal;
};

export interface SyncReport {
  /** The keys the server's data is encrypted with: a device joining with its passphrase keeps these. */
  keys: SyncKeys;
  /** Records of this device encrypted and sent. */
  sent: number;
  /** Records from elsewhere handed to the store. */
  received: number;
  /** Of these, the ones that had conflicting versions, now one. */
  resolved: number;
  ms: number;
}

/**
 * Sends what changed here, brings what changed elsewhere, and merges conflicts, once. Rejects with a
 * SyncError for what the server said (or did not say); with a wrong passphrase nothing is written anywhere.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const started = performance.now();
  const { local, remote, side, signal } = options;
  const keys = await openKeys(remote, options);
  signal?.throwIfAborted();
  const run: SyncRun = { local, keys, side, signal, progress: options.onProgress ?? (() => {}), own: new Set() };
  // What a stopped sync had already brought into `local` reaches the store before anything else happens.
  const earlier = await receiveChanges(run);
  const sent = await sendPending(run);
  await replicate(run, remote, 'push');
  await replicate(run, remote, 'pull');
  const now = await receiveChanges(run);
  // The merges are news for the server and every other device.
  if (earlier.wrote || now.wrote) await replicate(run, remote, 'push');
  return {
    keys,
    sent,
    received: earlier.received + now.received,
    resolved: earlier.resolved + now.resolved,
    ms: Math.round(performance.now() - started),
  };
}

async function replicate(run: SyncRun, remote: PouchDatabase, direction: 'push' | 'pull'): Promise<void> {
  const { local, signal } = run;
  signal?.throwIfAborted();
  const replication = direction === 'push' ? local.replicate.to(remote) : local.replicate.from(remote);
  const cancel = () => replication.cancel();
  signal?.addEventListener('abort', cancel);
  replication.on('change', ({ docs_written, pending }) =>
    run.progress({
      phase: direction === 'push' ? 'pushing' : 'pulling',
      done: docs_written,
      total: typeof pending === 'number' ? docs_written + pending : undefined,
    }),
  );
  try {
    const result = await replication;
    // A document the server refused (a validate_doc_update, a read-only user) is counted, not thrown.
    if (result.doc_write_failures) throw result.errors[0];
  } catch (error) {
    signal?.throwIfAborted();
    throw serverError(error);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  signal?.throwIfAborted();
}
