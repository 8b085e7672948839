/**
 * The server's meta document (utils/sync/meta.ts) holds the salt every key is derived from. When it is gone from
 * a server that still holds records, a computer must not write a new one: with a fresh salt, everything on the
 * server would become unreadable to everyone, and every computer would send its data again under new keys.
 */
import { expect, it } from 'vitest';
import { deriveKeys, newKdfParams } from '@/utils/sync/crypto';
import { META_ID } from '@/utils/sync/meta';
import type { CouchServer } from '../../helpers/couch-server';
import { TEST_PASSPHRASE, useSyncServer } from '../../helpers/sync-server';
import { newDevice, serverDatabase, type Device } from '../../helpers/sync-device';

const PASSPHRASE = TEST_PASSPHRASE;
let server: CouchServer;

const { sync } = useSyncServer((started) => {
  server = started;
});

async function serverWithoutMeta(): Promise<Device> {
  const first = newDevice();
  first.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
  await sync(first);
  const remote = serverDatabase(server);
  const meta = await remote.get(META_ID);
  await remote.bulkDocs([{ _id: META_ID, _rev: meta._rev, _deleted: true as const }]);
  return first;
}

it('refuses to set up a server that holds records but no meta document, with a passphrase, and writes nothing', async () => {
  await serverWithoutMeta();
  const ids = async () => (await serverDatabase(server).allDocs({})).rows.map((row) => row.key);
  const before = await ids();
  const joining = newDevice();
  joining.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 2);
  await expect(sync(joining, { passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'meta-missing' });
  expect(await ids()).toEqual(before);
});

it('with keys that read the server’s records, writes the meta document again and goes on', async () => {
  const first = await serverWithoutMeta();
  first.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 2);
  await expect(sync(first)).resolves.toMatchObject({ sent: 1 });
  await expect(serverDatabase(server).get(META_ID)).resolves.toMatchObject({ _id: META_ID });
  // And a computer joining with the passphrase reads everything.
  const joining = newDevice();
  await expect(sync(joining, { passphrase: PASSPHRASE })).resolves.toMatchObject({ received: 2 });
});

it('with keys that read none of the server’s records, refuses', async () => {
  await serverWithoutMeta();
  const otherKeys = await deriveKeys('another passphrase entirely', newKdfParams(100_000));
  await expect(sync(newDevice(), { keys: otherKeys })).rejects.toMatchObject({ code: 'meta-missing' });
});
