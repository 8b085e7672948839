/**
 * Receiving: every document that changed in the device's replica since the store last saw it is decrypted,
 * all its leaves, and handed to the store, which merges them into its own record; the result becomes the
 * document's only leaf. Where the sync stopped is kept in the replica itself, so a service worker stopped
 * halfway goes on from there.
 */
import { isRecordId } from './crypto';
import { asJson, sameJson, seal, unseal, type EncryptedDocument } from './documents';
import type { PouchDatabase, Seq } from './pouchdb';
import { keepOwn, ownKey, type SyncRun } from './run';

/** Documents per round: one read, one bulk write, one saved place. */
export const RECEIVE_BATCH = 50;

/** The last sequence of `local` whose documents the store has seen. A `_local` document never replicates. */
const PLACE_ID = '_local/keep-in-touch-sync';

interface Place {
  _id: typeof PLACE_ID;
  _rev?: string;
  seq: Seq;
}

export interface Received {
  /** Documents from elsewhere handed to the store. */
  received: number;
  /** Of these, the ones with conflicting leaves. */
  resolved: number;
  /** Whether any merge was written into `local` (then it is for the server too). */
  wrote: boolean;
}

/** Hands the store every document of `local` changed since it last saw them, but this run's own writes. */
export async function receiveChanges(run: SyncRun): Promise<Received> {
  const place = await readPlace(run.local);
  const total: Received = { received: 0, resolved: 0, wrote: false };
  // A merge written here shows up in the feed once more, as this run's own: the second round only moves on.
  for (;;) {
    const feed = await run.local.changes({ since: place.seq });
    const rows = feed.results.filter((row) => isRecordId(row.id));
    let wrote = false;
    for (let start = 0; start < rows.length; start += RECEIVE_BATCH) {
      run.signal?.throwIfAborted();
      const batch = rows.slice(start, start + RECEIVE_BATCH);
      const ids = batch.map((row) => row.id);
      const round = await receiveBatch(run, ids);
      total.received += round.received;
      total.resolved += round.resolved;
      wrote ||= round.wrote;
      await savePlace(run.local, place, batch[batch.length - 1].seq);
      run.progress({ phase: 'receiving', done: start + batch.length, total: rows.length });
    }
    if (place.seq !== feed.last_seq) await savePlace(run.local, place, feed.last_seq);
    if (!wrote) return total;
    total.wrote = true;
  }
}

async function receiveBatch(run: SyncRun, ids: string[]): Promise<Received> {
  const { local, keys, side } = run;
  const { rows } = await local.allDocs<EncryptedDocument>({ keys: ids, include_docs: true, conflicts: true });
  const writes: { _id: string; _rev?: string; _deleted?: true }[] = [];
  const round: Received = { received: 0, resolved: 0, wrote: false };
  for (const row of rows) {
    // No doc: deleted everywhere (sync never deletes a record's last leaf), nothing to merge.
    const winner = 'doc' in row ? row.doc : null;
    if (!winner) continue;
    const losers = winner._conflicts ?? [];
    if (!losers.length && run.own.has(ownKey(winner._id, winner._rev))) continue;
    const leaves = [
      winner,
      ...(await Promise.all(losers.map((rev) => local.get<EncryptedDocument>(winner._id, { rev })))),
    ];
    const records = await Promise.all(leaves.map((leaf) => unseal(keys, leaf)));
    const { kind, key, doc } = records[0];
    const versions = records.map((record) => record.doc);
    const merged = asJson(await side.receive(kind, key, versions));
    round.received += 1;
    if (losers.length) round.resolved += 1;
    // Nothing to write when the store had nothing to add: devices that agree stop answering each other.
    if (!losers.length && sameJson(merged, doc)) continue;
    writes.push(
      { ...(await seal(keys, winner._id, { kind, key, doc: merged })), _rev: winner._rev },
      ...losers.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true as const })),
    );
  }
  if (writes.length) {
    keepOwn(run, await local.bulkDocs(writes));
    round.wrote = true;
  }
  return round;
}

async function readPlace(local: PouchDatabase): Promise<Place> {
  try {
    return await local.get<Place>(PLACE_ID);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { _id: PLACE_ID, seq: 0 };
    throw error;
  }
}

async function savePlace(local: PouchDatabase, place: Place, seq: Seq): Promise<void> {
  const { rev } = await local.put({ ...place, seq });
  place._rev = rev;
  place.seq = seq;
}
