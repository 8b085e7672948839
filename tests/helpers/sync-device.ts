/**
 * Devices for the sync tests: each an in-memory replica and a fake store (a LocalSide) whose records are small
 * JSON objects of fields, each field with the time it was written, merged per field newest-wins, as the real
 * store's mergeVersions will (commutative, associative, idempotent).
 */
import memory from 'pouchdb-adapter-memory';
import type { Arrival, LocalRecord, LocalSide, Merged, SyncKind } from '@/utils/sync/local-side';
import { openServer, SyncPouch } from '@/utils/sync/pouch';
import type { PouchDatabase } from '@/utils/sync/pouchdb';
import type { CouchServer } from './couch-server';

/** The extension's PouchDB, with memory in place of IndexedDB. */
export const TestPouch = SyncPouch.plugin(memory);

/** A record's document: field → its value and when it was written. */
export type Fields = Record<string, { value: string; at: number }>;

/** Per field, the newer wins; at the same time, the larger value, so that every order gives the same result. */
export function mergeFields(a: Fields, b: Fields): Fields {
  const merged: Fields = { ...a };
  for (const [name, field] of Object.entries(b)) {
    const mine = merged[name];
    if (!mine || field.at > mine.at || (field.at === mine.at && field.value > mine.value)) merged[name] = field;
  }
  return merged;
}

interface Stored {
  kind: SyncKind;
  key: string;
  doc: Fields;
  stamp: number;
  pending: boolean;
}

let replicas = 0;

export class FakeStore implements LocalSide {
  readonly records = new Map<string, Stored>();
  /** Every receive, to see what sync handed over. */
  readonly received: { kind: SyncKind; key: string; versions: unknown[] }[] = [];
  /** Set to make the store fail, as a store can, after this many more receives. */
  failAfter = Infinity;
  private stamps = 0;

  /** A local edit: the fields are written at `at`, and the record waits to be sent. */
  write(kind: SyncKind, key: string, values: Record<string, string>, at: number): void {
    const edit: Fields = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value, at }]));
    const doc = mergeFields(this.records.get(`${kind} ${key}`)?.doc ?? {}, edit);
    this.records.set(`${kind} ${key}`, { kind, key, doc, stamp: ++this.stamps, pending: true });
  }

  /** The record's fields as plain values. */
  values(kind: SyncKind, key: string): Record<string, string> | undefined {
    const doc = this.records.get(`${kind} ${key}`)?.doc;
    return doc && Object.fromEntries(Object.entries(doc).map(([name, field]) => [name, field.value]));
  }

  async pending(limit: number): Promise<LocalRecord[]> {
    return [...this.records.values()]
      .filter((record) => record.pending)
      .slice(0, limit)
      .map(({ kind, key, doc, stamp }) => ({ kind, key, doc: structuredClone(doc), stamp }));
  }

  async markSent(sent: readonly Pick<LocalRecord, 'kind' | 'key' | 'stamp'>[]): Promise<void> {
    for (const { kind, key, stamp } of sent) {
      const record = this.records.get(`${kind} ${key}`);
      if (record?.stamp === stamp) record.pending = false;
    }
  }

  async receive(arrivals: readonly Arrival[]): Promise<Merged[]> {
    return arrivals.map(({ kind, key, versions }) => this.receiveOne(kind, key, versions));
  }

  /** One record, as the real store merges each of a batch; a failure partway leaves the ones before it here. */
  private receiveOne(kind: SyncKind, key: string, versions: unknown[]): Merged {
    if (this.failAfter-- <= 0) throw new Error('the store failed');
    this.received.push({ kind, key, versions });
    const record = this.records.get(`${kind} ${key}`);
    const doc = (versions as Fields[]).reduce(mergeFields, record?.doc ?? {});
    const changed = JSON.stringify(doc) !== JSON.stringify(record?.doc);
    this.records.set(`${kind} ${key}`, {
      kind,
      key,
      doc,
      stamp: ++this.stamps,
      pending: record?.pending ?? false,
    });
    return { doc: structuredClone(doc), changed };
  }
}

export interface Device {
  store: FakeStore;
  local: PouchDatabase;
}

export function newDevice(): Device {
  return { store: new FakeStore(), local: new TestPouch(`device-${++replicas}`, { adapter: 'memory' }) };
}

/** The user's database on the test server, as a device reaches it. */
export function serverDatabase(server: CouchServer, password = server.password): PouchDatabase {
  return openServer(server.databaseUrl, { username: server.username, password });
}
