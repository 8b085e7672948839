/**
 * A sync test's server and keys: a new CouchDB-protocol server for each test, keys derived once per file (at the
 * lowest count the meta document allows), and a sync of a device with them: a fake store (sync-device.ts) or
 * the extension's own (storeDevice).
 */
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { Database } from '@/utils/db/database';
import { syncSide } from '@/utils/db/sync-side';
import { deriveKeys, newKdfParams, type SyncKeys } from '@/utils/sync/crypto';
import type { LocalSide } from '@/utils/sync/local-side';
import type { PouchDatabase } from '@/utils/sync/pouchdb';
import { syncOnce, type SyncReport } from '@/utils/sync/replication';
import { startCouchServer, type CouchServer } from './couch-server';
import { serverDatabase, TestPouch } from './sync-device';

/** What syncs: a replica of the server, and the store it hands records to and takes them from. */
export interface SyncingDevice {
  local: PouchDatabase;
  store: LocalSide;
}

/** A computer with the extension's own store, `db`, and a new replica in memory. */
export function storeDevice(db: Database): SyncingDevice {
  return { store: syncSide(db), local: new TestPouch(`replica-${crypto.randomUUID()}`, { adapter: 'memory' }) };
}

export const TEST_PASSPHRASE = 'kaksi kahvia ja pulla';

type Options = Parameters<typeof syncOnce>[0];

/**
 * Registers the hooks and hands each test's server and the keys to `ready` (a file's own `let`s). Answers a sync
 * of a device with them (with the keys, unless `extra` gives a passphrase), and a way to put a new, empty server
 * in the old one's place.
 */
export function useSyncServer(ready: (server: CouchServer, keys: SyncKeys) => void) {
  let keys: SyncKeys;
  let server: CouchServer;
  beforeAll(async () => {
    keys = await deriveKeys(TEST_PASSPHRASE, newKdfParams(100_000));
  });
  beforeEach(async () => {
    server = await startCouchServer();
    ready(server, keys);
  });
  afterEach(() => server.stop());
  const sync = (device: SyncingDevice, extra: Partial<Options> = {}): Promise<SyncReport> => {
    const secret = 'passphrase' in extra ? {} : { keys };
    return syncOnce({
      ...secret,
      local: device.local,
      remote: serverDatabase(server),
      side: device.store,
      ...extra,
    } as Options);
  };
  const replaceServer = async () => {
    await server.stop();
    server = await startCouchServer();
    ready(server, keys);
  };
  return { sync, replaceServer };
}
