/** The handlers of sync, and of wiping this computer's data (utils/messages/sync.ts). */
import { wipeEverything } from '@/utils/db/backup/wipe';
import { readSyncStatus } from '@/utils/db/sync-state';
import type { syncMessages } from '@/utils/messages/sync';
import { disableSync, enableSync, stopSync, syncNow } from '../sync';
import type { HandlersOf } from './define';

export const syncHandlers: HandlersOf<typeof syncMessages> = {
  'sync.status': (db) => readSyncStatus(db),
  'sync.enable': (db, login) => enableSync(db, login),
  'sync.now': (db) => syncNow(db),
  'sync.stop': (db) => stopSync(db),
  'sync.disable': (db) => disableSync(db),
  // A wipe is this device's: sync goes off first, so that the server's data neither comes back nor goes.
  'data.wipe': async (db) => {
    await disableSync(db);
    await wipeEverything(db);
    return null;
  },
};
