/** Messages of sync with the user's own CouchDB, and of wiping this computer's data. */
import * as z from 'zod/mini';
import type { SyncStatus } from '../db/sync-state';
import { text } from '../model/schemas';
import { MIN_PASSPHRASE } from '../sync/crypto';
import { parseServerUrl } from '../sync/server-url';
import { answers, message } from './define';

const status = () => answers<SyncStatus>();

export const syncMessages = {
  /** How sync stands (never its secrets). */
  'sync.status': message({ request: z.object({}), answer: status(), from: 'extension', changes: 'nothing' }),
  /**
   * Turns sync on with the user's CouchDB database, their login there, and the passphrase their data is encrypted
   * with (used once, to derive keys; never kept).
   */
  'sync.enable': message({
    request: z.object({
      url: text(2000).check(
        z.refine((url) => parseServerUrl(url) !== null, 'Expected an http(s) address of a database'),
      ),
      username: text(200).check(z.minLength(1)),
      password: text(1000),
      passphrase: text(1000).check(z.minLength(MIN_PASSPHRASE)),
    }),
    answer: status(),
    from: 'extension',
    changes: 'nothing',
  }),
  'sync.now': message({ request: z.object({}), answer: status(), from: 'extension', changes: 'nothing' }),
  /** Stops the sync under way; the next one goes on from where it stopped. */
  'sync.stop': message({ request: z.object({}), answer: status(), from: 'extension', changes: 'nothing' }),
  /** Sync off; the login and keys forgotten, the data here and on the server kept. */
  'sync.disable': message({ request: z.object({}), answer: status(), from: 'extension', changes: 'nothing' }),
  /** Delete every person, template, goal and setting on this computer; sync goes off first. (Imports: a Port.) */
  'data.wipe': message({ request: z.object({}), answer: answers<null>(), from: 'extension', changes: 'everyone' }),
};
