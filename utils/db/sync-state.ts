/**
 * Sync's own records on this device: where to sync and with what (only while sync is on), and how the last
 * sync went. The dashboard reads the status live; only the background writes either.
 *
 * The server's password is kept, so that sync can run in the background; the passphrase never is: only the
 * keys derived from it, which cannot be read back out (non-extractable CryptoKeys).
 */
import type { SyncKeys } from '../sync/crypto';
import type { SyncErrorCode } from '../sync/errors';
import type { SyncProgress } from '../sync/run';
import type { Database } from './database';

export interface SyncConfig {
  key: 'config';
  url: string;
  username: string;
  password: string;
  keys: SyncKeys;
}

/** Why a sync did not happen, as the dashboard words it. */
export type SyncProblem = SyncErrorCode | 'no-permission' | 'storage-full' | 'failed' | 'cancelled';

/** How the last sync went, and the one under way. What the dashboard shows; no secret in it. */
export interface SyncStatus {
  key: 'status';
  enabled: boolean;
  url: string;
  username: string;
  running: boolean;
  progress: SyncProgress | null;
  lastSyncAt: number | null;
  last: { sent: number; received: number; resolved: number; ms: number } | null;
  /** Documents on the server that cannot be read, set aside by the last sync that got that far. */
  setAside: number;
  error: { code: SyncProblem; detail: string } | null;
}

export type SyncRecord = SyncConfig | SyncStatus;

export const SYNC_OFF: SyncStatus = {
  key: 'status',
  enabled: false,
  url: '',
  username: '',
  running: false,
  progress: null,
  lastSyncAt: null,
  last: null,
  setAside: 0,
  error: null,
};

export async function readSyncConfig(db: Database): Promise<SyncConfig | undefined> {
  return (await db.sync.get('config')) as SyncConfig | undefined;
}

export async function readSyncStatus(db: Database): Promise<SyncStatus> {
  // A status saved by an earlier version lacks the fields added since.
  return { ...SYNC_OFF, ...((await db.sync.get('status')) as SyncStatus | undefined) };
}

export async function writeSyncStatus(db: Database, patch: Partial<SyncStatus>): Promise<SyncStatus> {
  return db.transaction('rw', db.sync, async () => {
    const status = { ...(await readSyncStatus(db)), ...patch };
    await db.sync.put(status);
    return status;
  });
}
