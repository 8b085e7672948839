/**
 * One sync with the user's server (docs/ARCHITECTURE.md, "Sync"). The server only ever holds what `local`, the device's
 * replica of encrypted documents, holds: records go store → `local` → server and back, and PouchDB's
 * replication moves them between `local` and the server with its own checkpoints. Every step can stop halfway
 * and the next sync goes on from where it stopped.
 */
import { isRecordId, type SyncKeys } from './crypto';
import { serverError } from './errors';
import type { LocalSide } from './local-side';
import { openKeys, type SyncSecret } from './meta';
import type { PouchDatabase } from './pouchdb';
import { MAX_DOCUMENT_CHARS } from './documents';
import { notReceived, receiveChanges, type Received } from './receive';
import { BATCHES, type Batches, type SyncProgress, type SyncRun } from './run';
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
  /** A document larger than this is set aside unread (tests make it small). */
  maxDocumentChars?: number;
  /** Documents per round of each step (tests make them small). */
  batches?: Partial<Batches>;
};

export interface SyncReport {
  /** The keys the server's data is encrypted with: a device joining with its passphrase keeps these. */
  keys: SyncKeys;
  /**
   * Records this sync carried to the server: this device's news, and its merges, whether this sync encrypted them
   * or one stopped before it did.
   */
  sent: number;
  /** Records from elsewhere that changed what this device holds. */
  received: number;
  /** Of these, the ones that had conflicting versions, now one. */
  resolved: number;
  /** Documents on the server that cannot be read, set aside (this sync's and earlier ones', while still there). */
  setAside: number;
  ms: number;
}

/**
 * Sends what changed here, brings what changed elsewhere, and merges conflicts, once. Rejects with a
 * SyncError for what the server said (or did not say); with a wrong passphrase nothing is written anywhere.
 * A document that cannot be read is set aside and counted, not an error: the rest syncs past it.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const started = performance.now();
  const { local, remote, side, signal } = options;
  const keys = await openKeys(remote, options);
  signal?.throwIfAborted();
  const run: SyncRun = {
    local,
    keys,
    side,
    signal,
    progress: options.onProgress ?? (() => {}),
    own: new Set(),
    maxDocumentChars: options.maxDocumentChars ?? MAX_DOCUMENT_CHARS,
    batches: { ...BATCHES, ...options.batches },
  };
  // A receive that fails (the store refused a record, say) does not keep this device's news from the server:
  // the sync goes on both ways, and reports the first failure at the end.
  const failures: unknown[] = [];
  // What a stopped sync had already brought into `local` reaches the store before anything else happens.
  const earlier = await receiveOrNote(run, failures);
  // What the store could not merge is not written over: it waits for a receive that works.
  await sendPending(run, failures.length ? await notReceived(run) : undefined);
  // Sent is what reaches the server, counted as it goes: what a stopped sync encrypted goes with this one's.
  const sent = new Set<string>();
  await replicate(run, remote, 'push', sent);
  await replicate(run, remote, 'pull');
  const now = await receiveOrNote(run, failures);
  // The merges are news for the server and every other device.
  if (earlier.wrote || now.wrote) await replicate(run, remote, 'push', sent);
  if (failures.length) throw failures[0];
  return {
    keys,
    sent: sent.size,
    received: earlier.received + now.received,
    resolved: earlier.resolved + now.resolved,
    setAside: now.setAside,
    ms: Math.round(performance.now() - started),
  };
}

async function receiveOrNote(run: SyncRun, failures: unknown[]): Promise<Received> {
  try {
    return await receiveChanges(run);
  } catch (error) {
    if (run.signal?.aborted) throw error;
    failures.push(error);
    return { received: 0, resolved: 0, wrote: false, setAside: 0 };
  }
}

/** One replication between `local` and the server; `written` gets the ids of the records it wrote there. */
async function replicate(
  run: SyncRun,
  remote: PouchDatabase,
  direction: 'push' | 'pull',
  written = new Set<string>(),
): Promise<void> {
  const { local, signal } = run;
  signal?.throwIfAborted();
  // Fewer batches waiting than PouchDB's 10: they are five times its size.
  const batches = { batch_size: run.batches.replication, batches_limit: 4 };
  const replication =
    direction === 'push' ? local.replicate.to(remote, batches) : local.replicate.from(remote, batches);
  const cancel = () => replication.cancel();
  signal?.addEventListener('abort', cancel);
  replication.on('change', ({ docs_written, pending, docs }) => {
    for (const { _id } of docs ?? []) if (isRecordId(_id)) written.add(_id);
    run.progress({
      phase: direction === 'push' ? 'pushing' : 'pulling',
      done: docs_written,
      total: typeof pending === 'number' ? docs_written + pending : undefined,
    });
  });
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
