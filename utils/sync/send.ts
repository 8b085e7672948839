/**
 * Sending: the store's pending records, encrypted into the device's replica as new revisions of their
 * documents. Replication then carries them to the server.
 */
import { documentId } from './crypto';
import { seal } from './documents';
import type { LocalRecord } from './local-side';
import { keepOwn, type SyncRun } from './run';

/**
 * Encrypts and writes every pending record, but those whose documents are `held` (the store has not merged
 * their latest version from elsewhere yet: they go once it has); answers how many.
 */
export async function sendPending(run: SyncRun, held: ReadonlySet<string> = new Set()): Promise<number> {
  const sent = new Set<string>();
  const waiting = new Set<string>();
  for (;;) {
    run.signal?.throwIfAborted();
    // Only what is new: a record handed back unchanged (same stamp) after markSent would repeat forever, and
    // one held back would come first every time.
    const pending = await run.side.pending(run.batches.send + waiting.size);
    const fresh = pending.filter((record) => !sent.has(stampOf(record)) && !waiting.has(stampOf(record)));
    if (!fresh.length) return sent.size;
    const freshIds = await Promise.all(fresh.map((record) => documentId(run.keys, record.kind, record.key)));
    for (const [i, record] of fresh.entries()) if (held.has(freshIds[i])) waiting.add(stampOf(record));
    const records = fresh.filter((_, i) => !held.has(freshIds[i]));
    const ids = freshIds.filter((id) => !held.has(id));
    if (!records.length) continue;
    const { rows } = await run.local.allDocs({ keys: ids });
    const documents = await Promise.all(
      records.map(async ({ kind, key, doc }, i) => {
        const row = rows[i];
        // A new revision of what the replica has: a record's revisions stay one line of history.
        const rev = 'value' in row ? { _rev: row.value.rev } : {};
        return { ...(await seal(run.keys, ids[i], { kind, key, doc })), ...rev };
      }),
    );
    keepOwn(run, await run.local.bulkDocs(documents));
    await run.side.markSent(records.map(({ kind, key, stamp }) => ({ kind, key, stamp })));
    for (const record of records) sent.add(stampOf(record));
    run.progress({ phase: 'sending', done: sent.size });
  }
}

function stampOf(record: LocalRecord): string {
  return `${record.kind} ${record.key} ${record.stamp}`;
}
