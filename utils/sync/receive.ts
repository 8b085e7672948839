/**
 * Receiving: every document that changed in the device's replica since the store last saw it is decrypted,
 * all its leaves, and handed to the store, which merges them into its own record; the result becomes the
 * document's only readable leaf. A leaf that cannot be read is set aside (set-aside.ts) and the receive goes
 * past it. Where the sync stopped is kept in the replica itself, so a service worker stopped halfway goes on
 * from there.
 */
import { isRecordId } from './crypto';
import {
  asJson,
  openDocument,
  sameJson,
  seal,
  type EncryptedDocument,
  type SealedRecord,
  type Unreadable,
} from './documents';
import type { PouchDatabase, Seq } from './pouchdb';
import { keepOwn, ownKey, type SyncRun } from './run';
import { toRead, update, type SetAside } from './set-aside';

/** The last sequence of `local` whose documents the store has seen. A `_local` document never replicates. */
const PLACE_ID = '_local/keep-in-touch-sync';

interface Place {
  _id: typeof PLACE_ID;
  _rev?: string;
  seq: Seq;
  /** Saved with the sequence it belongs to: what was set aside up to there. */
  setAside?: SetAside;
}

export interface Received {
  /** Documents from elsewhere that changed what the store holds. */
  received: number;
  /** Of these, the ones with conflicting leaves. */
  resolved: number;
  /** Whether any merge was written into `local` (then it is for the server too). */
  wrote: boolean;
  /** Documents set aside because they cannot be read, these and earlier runs' (while still on the server). */
  setAside: number;
}

/** Hands the store every document of `local` changed since it last saw them, but this run's own writes. */
export async function receiveChanges(run: SyncRun): Promise<Received> {
  const place = await readPlace(run.local);
  const setAside = (place.setAside ??= {});
  const total: Received = { received: 0, resolved: 0, wrote: false, setAside: 0 };
  // A merge written here shows up in the feed once more, as this run's own: the second round only moves on.
  for (;;) {
    const changed = await changedSince(run, place.seq);
    // A document whose only leaf this sync wrote is no news, and is not read at all: a first sync of 10,000
    // people would otherwise read every one back after sending it.
    const rows = withoutOwn(run, changed, setAside);
    let wrote = false;
    for (let start = 0; start < rows.ids.length; start += run.batches.receive) {
      run.signal?.throwIfAborted();
      const batch = rows.ids.slice(start, start + run.batches.receive);
      const round = await receiveBatch(run, batch, setAside);
      total.received += round.received;
      total.resolved += round.resolved;
      wrote ||= round.wrote;
      await savePlace(run.local, place, rows.seqs[start + batch.length - 1]);
      run.progress({ phase: 'receiving', done: start + batch.length, total: rows.ids.length });
    }
    if (place.seq !== changed.last) await savePlace(run.local, place, changed.last);
    if (!wrote) return { ...total, setAside: Object.keys(setAside).length };
    total.wrote = true;
  }
}

/**
 * The records of `local` the store has not seen yet: what a receive that failed left behind. A record written
 * over one of these before it is merged would hide the other device's version in the document's history.
 */
export async function notReceived(run: SyncRun): Promise<Set<string>> {
  const place = await readPlace(run.local);
  return new Set((await changedSince(run, place.seq)).ids);
}

interface Changed {
  ids: string[];
  seqs: Seq[];
  /** Each document's leaves as the feed lists them (deleted ones too). */
  leaves: string[][];
  last: Seq;
}

async function changedSince(run: SyncRun, since: Seq): Promise<Changed> {
  const feed = await run.local.changes({ since, style: 'all_docs' });
  const rows = feed.results.filter((row) => isRecordId(row.id));
  return {
    ids: rows.map((row) => row.id),
    seqs: rows.map((row) => row.seq),
    leaves: rows.map((row) => row.changes.map(({ rev }) => rev)),
    last: feed.last_seq,
  };
}

/** The changes but those of documents whose one leaf is this run's own write (nothing of theirs is set aside). */
function withoutOwn(run: SyncRun, changed: Changed, setAside: SetAside): Changed {
  const isOwn = (i: number) => {
    const [id, leaves] = [changed.ids[i], changed.leaves[i]];
    return leaves.length === 1 && run.own.has(ownKey(id, leaves[0])) && !Object.hasOwn(setAside, id);
  };
  const kept = changed.ids.flatMap((_, i) => (isOwn(i) ? [] : [i]));
  return {
    ids: kept.map((i) => changed.ids[i]),
    seqs: kept.map((i) => changed.seqs[i]),
    leaves: kept.map((i) => changed.leaves[i]),
    last: changed.last,
  };
}

interface Leaf {
  rev: string;
  record: SealedRecord;
}

/** A document of the batch whose readable leaves go to the store. */
interface Readable {
  id: string;
  leaves: Leaf[];
}

/**
 * One batch: its documents read in one request, decrypted side by side, handed to the store in one call (one
 * transaction there), and the merges that differ written back in one bulk write.
 */
async function receiveBatch(run: SyncRun, ids: string[], setAside: SetAside): Promise<Omit<Received, 'setAside'>> {
  const { local, keys, side } = run;
  const { rows } = await local.allDocs<EncryptedDocument>({ keys: ids, include_docs: true, conflicts: true });
  const opened = await Promise.all(
    rows.map((row) => openLeaves(run, 'doc' in row ? row.doc : null, row.key, setAside)),
  );
  const readable = opened.filter((one): one is Readable => one !== null);
  if (readable.length === 0) return { received: 0, resolved: 0, wrote: false };
  const merged = await side.receive(
    readable.map(({ leaves }) => ({
      kind: leaves[0].record.kind,
      key: leaves[0].record.key,
      versions: leaves.map((leaf) => leaf.record.doc),
    })),
  );
  // Received: what changed here. A document this device wrote itself, in a sync stopped before this one, is no news.
  const round = { received: merged.filter(({ changed }) => changed).length, resolved: 0, wrote: false };
  const writes = await Promise.all(
    readable.map(async ({ id, leaves: [first, ...others] }, i) => {
      if (others.length) round.resolved += 1;
      const doc = asJson(merged[i].doc);
      // Nothing to write when the store had nothing to add: devices that agree stop answering each other.
      if (!others.length && sameJson(doc, first.record.doc)) return [];
      // The merge goes on top of a readable leaf, and replaces the other readable ones. A leaf set aside stays
      // as it is: it is not this device's to delete.
      const { kind, key } = first.record;
      return [
        { ...(await seal(keys, id, { kind, key, doc })), _rev: first.rev },
        ...others.map(({ rev }) => ({ _id: id, _rev: rev, _deleted: true as const })),
      ];
    }),
  );
  if (writes.flat().length) {
    keepOwn(run, await local.bulkDocs(writes.flat()));
    round.wrote = true;
  }
  return round;
}

/**
 * The readable leaves of one document of the batch, decrypted; null when there are none to hand over (deleted
 * everywhere, only this run's own write, or nothing readable). Notes what is set aside.
 */
async function openLeaves(
  run: SyncRun,
  winner: (EncryptedDocument & { _rev: string; _conflicts?: string[] }) | null | undefined,
  id: string,
  setAside: SetAside,
): Promise<Readable | null> {
  // No doc: deleted everywhere (sync never deletes a record's last leaf), nothing to merge.
  if (!winner) {
    update(setAside, id, [], {});
    return null;
  }
  const leaves = [winner._rev, ...(winner._conflicts ?? [])];
  const revs = toRead(setAside, winner._id, leaves);
  if (revs.length === 1 && run.own.has(ownKey(winner._id, revs[0]))) {
    update(setAside, winner._id, leaves, {});
    return null;
  }
  const readable: Leaf[] = [];
  const unreadable: Record<string, Unreadable> = {};
  for (const rev of revs) {
    const leaf = rev === winner._rev ? winner : await run.local.get<EncryptedDocument>(winner._id, { rev });
    const opened = await openDocument(run.keys, leaf, run.maxDocumentChars);
    if ('record' in opened) readable.push({ rev, record: opened.record });
    else unreadable[rev] = opened.unreadable;
  }
  update(setAside, winner._id, leaves, unreadable);
  if (Object.keys(unreadable).length) {
    console.warn('Keep in touch: a document on the server cannot be read and is set aside', winner._id, unreadable);
  }
  return readable.length ? { id: winner._id, leaves: readable } : null;
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
