/**
 * An address that answers, but not as a CouchDB database does (a Wi-Fi login page, a web site, an API of
 * something else): told as what it is, not as a server that could not be reached.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, newKdfParams, type SyncKeys } from '@/utils/sync/crypto';
import { openKeys } from '@/utils/sync/meta';
import { openServer } from '@/utils/sync/pouch';
import { syncOnce } from '@/utils/sync/replication';
import { startOddServer, type OddServer } from '../../helpers/odd-server';
import { newDevice } from '../../helpers/sync-device';

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Welcome to Café Wi-Fi</title></head><body>Log in</body></html>';

let keys: SyncKeys;
let odd: OddServer;

beforeAll(async () => {
  keys = await deriveKeys('kaksi kahvia ja pulla', newKdfParams(100_000));
});
afterEach(() => odd.stop());

const remote = () => openServer(odd.databaseUrl, { username: 'sync-test', password: 'secret' });

describe('an address that is not a CouchDB database', () => {
  it('a web page (a Wi-Fi login page) answered with 200', async () => {
    odd = await startOddServer('text/html; charset=utf-8', LOGIN_PAGE);
    const device = newDevice();
    await expect(syncOnce({ keys, local: device.local, remote: remote(), side: device.store })).rejects.toMatchObject({
      code: 'not-couchdb',
      detail: expect.stringContaining('web page'),
    });
    await expect(openKeys(remote(), { passphrase: 'kaksi kahvia ja pulla' })).rejects.toMatchObject({
      code: 'not-couchdb',
    });
  });

  it('text that is not JSON, answered with 200', async () => {
    odd = await startOddServer('application/json', 'OK, but not JSON');
    await expect(openKeys(remote(), { keys })).rejects.toMatchObject({ code: 'not-couchdb' });
  });

  it('JSON that is not a CouchDB document, answered with 200', async () => {
    odd = await startOddServer('application/json', '{"status":"ok","items":[]}');
    await expect(openKeys(remote(), { keys })).rejects.toMatchObject({ code: 'not-couchdb' });
  });
});
