/**
 * Sync, wired into the background (docs/ARCHITECTURE.md, "Sync"): off until the user turns it on in the dashboard; then
 * a few seconds after each change here, on an alarm, and when asked. One sync at a time; each is one
 * utils/sync syncOnce between this store and the user's CouchDB, through the device's replica.
 */
import { browser } from 'wxt/browser';
import type { Database } from '@/utils/db/database';
import { isQuotaError } from '@/utils/quota';
import { syncSide } from '@/utils/db/sync-side';
import { markAllUnsent } from '@/utils/db/synced-kinds';
import {
  readSyncConfig,
  readSyncStatus,
  SYNC_OFF,
  writeSyncStatus,
  type SyncConfig,
  type SyncStatus,
} from '@/utils/db/sync-state';
import { SyncError } from '@/utils/sync/errors';
import { openKeys } from '@/utils/sync/meta';
import { openReplica, openServer } from '@/utils/sync/pouch';
import { syncOnce } from '@/utils/sync/replication';
import type { PouchDatabase } from '@/utils/sync/pouchdb';
import type { SyncProgress } from '@/utils/sync/run';
import { serverOrigin } from '@/utils/sync/server-url';

export const SYNC_ALARM = 'sync';
const SYNC_EVERY_MINUTES = 15;
/** After a change here: soon enough to feel live, late enough that a burst of edits is one sync. */
const AFTER_CHANGE_MS = 4000;
/** The device's replica of the server's encrypted documents (IndexedDB `_pouch_keep-in-touch-sync`). */
const REPLICA = 'keep-in-touch-sync';
/** Progress is written for the dashboard at most this often. */
const PROGRESS_EVERY_MS = 250;

/** What sync tells the rest of the background: data arrived from elsewhere (tabs, badge). Set by listenForSync. */
let onReceived: () => Promise<void> = async () => {};
let running: Promise<SyncStatus> | null = null;
/** Stops the sync under way: it goes on from its checkpoint the next time. */
let stopping: AbortController | null = null;
let again = false;
let soon: ReturnType<typeof setTimeout> | undefined;
/** The replica, opened once per worker: every sync of this worker uses the same. */
let replica: PouchDatabase | null = null;
const theReplica = () => (replica ??= openReplica(REPLICA));

/** Whether the browser lets the extension reach the server: the optional host permission the user granted. */
function mayReach(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [serverOrigin(url)] });
}

function problemOf(error: unknown): SyncStatus['error'] {
  if (error instanceof SyncError) return { code: error.code, detail: error.detail };
  if (isQuotaError(error)) return { code: 'storage-full', detail: String(error) };
  return { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

/** Writes progress for the dashboard, at most every PROGRESS_EVERY_MS. */
function progressWriter(db: Database) {
  let last = 0;
  return (progress: SyncProgress) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    void writeSyncStatus(db, { progress });
  };
}

async function runOnce(db: Database, config: SyncConfig): Promise<SyncStatus> {
  if (!(await mayReach(config.url))) {
    return writeSyncStatus(db, { running: false, error: { code: 'no-permission', detail: config.url } });
  }
  await writeSyncStatus(db, { running: true, progress: null });
  stopping = new AbortController();
  const { signal } = stopping;
  try {
    const report = await syncOnce({
      signal,
      keys: config.keys,
      local: theReplica(),
      remote: openServer(config.url, config),
      side: syncSide(db),
      onProgress: progressWriter(db),
    });
    if (report.received > 0) await onReceived();
    const { sent, received, resolved, setAside, ms } = report;
    return writeSyncStatus(db, {
      running: false,
      progress: null,
      lastSyncAt: Date.now(),
      last: { sent, received, resolved, ms },
      setAside,
      error: null,
    });
  } catch (error) {
    if (signal.aborted) {
      return writeSyncStatus(db, { running: false, progress: null, error: { code: 'cancelled', detail: '' } });
    }
    console.warn('Keep in touch: sync failed', error);
    return writeSyncStatus(db, { running: false, progress: null, error: problemOf(error) });
  } finally {
    stopping = null;
  }
}

/** Stops the sync under way, losing nothing: what it did stays, and the next sync goes on from there. */
export function stopSync(db: Database): Promise<SyncStatus> {
  again = false;
  stopping?.abort();
  return running ?? readSyncStatus(db);
}

/** Syncs now, unless sync is off; a sync asked for while one runs follows it. Answers the status. */
export function syncNow(db: Database): Promise<SyncStatus> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let status = await readSyncStatus(db);
    do {
      again = false;
      const config = await readSyncConfig(db);
      if (!config) return readSyncStatus(db);
      status = await runOnce(db, config);
    } while (again);
    return status;
  })().finally(() => {
    running = null;
  });
  return running;
}

/** A sync a few seconds from now, when sync is on: after each change here. */
export function syncSoon(db: Database): void {
  clearTimeout(soon);
  soon = setTimeout(() => {
    void readSyncConfig(db).then((config) => config && syncNow(db));
  }, AFTER_CHANGE_MS);
}

/**
 * Turns sync on: checks the passphrase against the server (creating its meta document when the server is
 * new), keeps the keys and the login, and syncs for the first time. A wrong password, passphrase or address
 * is told, and nothing is kept or written here.
 */
export async function enableSync(
  db: Database,
  login: { url: string; username: string; password: string; passphrase: string },
): Promise<SyncStatus> {
  const { url, username, password, passphrase } = login;
  const shown = { url, username, enabled: false };
  if (!(await mayReach(url))) {
    return writeSyncStatus(db, { ...SYNC_OFF, ...shown, error: { code: 'no-permission', detail: url } });
  }
  let keys: SyncConfig['keys'];
  try {
    // Before the replica exists: opening one creates a database, and a wrong passphrase must leave nothing.
    keys = await openKeys(openServer(url, { username, password }), { passphrase });
  } catch (error) {
    return writeSyncStatus(db, { ...SYNC_OFF, ...shown, error: problemOf(error) });
  }
  const config: SyncConfig = { key: 'config', url, username, password, keys };
  await db.sync.put(config);
  await writeSyncStatus(db, { ...SYNC_OFF, ...shown, enabled: true });
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
  return syncNow(db);
}

/**
 * Turns sync off: forgets the login and the keys and drops the replica. The data here stays, and so does the
 * server's: turning it on again (here or anywhere) with the same passphrase goes on from there.
 */
export async function disableSync(db: Database): Promise<SyncStatus> {
  clearTimeout(soon);
  await running?.catch(() => undefined);
  if (await readSyncConfig(db)) {
    await browser.alarms.clear(SYNC_ALARM);
    await db.sync.delete('config');
    await theReplica().destroy();
    replica = null;
    // Every kind that syncs counts as unsent again: a server turned on later gets all of it.
    await markAllUnsent(db);
  }
  return writeSyncStatus(db, SYNC_OFF);
}

/**
 * The alarm, and a browser start-up (a worker stopped mid-sync goes on from its checkpoint). `received`: what
 * the background does when a sync brought data from elsewhere.
 */
export function listenForSync(db: Database, received: () => Promise<void>): void {
  onReceived = received;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow(db);
  });
  browser.runtime.onStartup.addListener(() => void syncNow(db));
}
