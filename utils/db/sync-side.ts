/**
 * The store as sync sees it (utils/sync/local-side.ts): what changed here since it was last sent, and what
 * arrives from elsewhere, merged with what is here by the one merge function of each kind of document and
 * written through the same paths as every other write. Each kind's table, schema and merge: synced-kinds.ts.
 */
import type { Table } from 'dexie';
import type { Arrival, LocalRecord, LocalSide, Merged } from '../sync/local-side';
import type { Database } from './database';
import type { SyncMark } from './sync-mark';
import { receivingTables, syncedKinds } from './synced-kinds';

/** What the store wrote since sync last asked: each kind's documents marked `pending`, in the kinds' order. */
async function pending(db: Database, limit: number): Promise<LocalRecord[]> {
  const tables = syncedKinds.map(([, kind]) => kind.table(db));
  return db.transaction('r', tables, async () => {
    const records: LocalRecord[] = [];
    for (const [kind, synced] of syncedKinds) {
      if (records.length >= limit) break;
      const stored = await synced
        .table(db)
        .where('pending')
        .equals(1)
        .limit(limit - records.length)
        .toArray();
      for (const one of stored as (object & SyncMark)[]) {
        records.push({ kind, ...synced.travelling(one), stamp: one.stamp });
      }
    }
    return records;
  });
}

/** Unmarks what was sent, unless it was written again since (its stamp differs): that goes next time. */
async function markSent(db: Database, records: readonly Pick<LocalRecord, 'kind' | 'key' | 'stamp'>[]) {
  const tables = syncedKinds.map(([, kind]) => kind.table(db));
  await db.transaction('rw', tables, async () => {
    // Each kind in one read and one write: a first sync of thousands of people marks them by the hundred.
    for (const [kind, synced] of syncedKinds) {
      const sent = records.filter((record) => record.kind === kind);
      if (sent.length === 0) continue;
      const table = synced.table(db) as Table<SyncMark>;
      const stored = await table.bulkGet(sent.map(({ key }) => key));
      const unchanged = stored.filter((one, i) => one?.stamp === sent[i].stamp) as SyncMark[];
      await table.bulkPut(unchanged.map((one) => ({ ...one, pending: 0 })));
    }
  });
}

/**
 * Merges records from elsewhere into what is stored, in one transaction, and writes each result that differs, as
 * already sent (sync writes it to the server itself). Answers the merged documents in the arrivals' order. The
 * kinds go in their list's order: the settings first, whose rhythms the people's summaries are worked out with.
 */
async function receive(db: Database, arrivals: readonly Arrival[]): Promise<Merged[]> {
  // An async scope of its own: Dexie keeps the transaction across native awaits only under one (returning the
  // kind's promise as it is commits the transaction early).
  return db.transaction('rw', receivingTables(db), async () => {
    const results: Merged[] = [];
    for (const [kind, synced] of syncedKinds) {
      const places = arrivals.flatMap((arrival, i) => (arrival.kind === kind ? [i] : []));
      if (places.length === 0) continue;
      const merged = await synced.receive(
        db,
        places.map((i) => arrivals[i]),
      );
      places.forEach((at, j) => (results[at] = merged[j]));
    }
    return results;
  });
}

export function syncSide(db: Database): LocalSide {
  return {
    pending: (limit) => pending(db, limit),
    markSent: (records) => markSent(db, records),
    receive: (arrivals) => receive(db, arrivals),
  };
}
