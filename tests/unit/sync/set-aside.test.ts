/**
 * One document on the server that cannot be read (junk, an envelope moved to another id, a document too large)
 * is set aside: kept on the server, remembered here, told in the report, and everything else syncs both ways.
 * A wrong passphrase is still a hard stop: the meta document decides that, not the documents.
 */
import { describe, expect, it, vi } from 'vitest';
import { documentId, type SyncKeys } from '@/utils/sync/crypto';
import { seal } from '@/utils/sync/documents';
import type { CouchServer } from '../../helpers/couch-server';
import { TEST_PASSPHRASE, useSyncServer } from '../../helpers/sync-server';
import { newDevice, serverDatabase, type Device } from '../../helpers/sync-device';

const PASSPHRASE = TEST_PASSPHRASE;

let keys: SyncKeys;
let server: CouchServer;

const { sync } = useSyncServer((started, derived) => {
  server = started;
  keys = derived;
});

/** An id like the ones documentId makes, for no record at all. */
function lookalikeId(prefix = 'p'): string {
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0'));
  return `${prefix}-${hex.join('')}`;
}

function randomBase64(bytes: number): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
}

/** Random bytes in the shape of an envelope, under a valid-looking id, straight onto the server. */
async function putJunk(id = lookalikeId()): Promise<{ id: string; rev: string }> {
  const { rev } = await serverDatabase(server).put({ _id: id, iv: randomBase64(12), data: randomBase64(300) });
  return { id, rev };
}

/** Device a has sent `count` people. */
async function peopleSent(count: number): Promise<Device> {
  const a = newDevice();
  for (let i = 0; i < count; i++) a.store.write('person', `person-${i}`, { name: `Person ${i}` }, i);
  await sync(a);
  return a;
}

describe('a document that cannot be read', () => {
  it('is set aside: a joining computer gets everyone else, and its own new notes are sent', async () => {
    const a = await peopleSent(60);
    const junk = await putJunk();
    const b = newDevice();
    b.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 100);

    const report = await sync(b, { passphrase: PASSPHRASE });
    expect(report).toMatchObject({ sent: 1, received: 60, setAside: 1 });
    expect(b.store.records.size).toBe(61);

    await sync(a);
    expect(a.store.values('person', 'mikko-korhonen')).toEqual({ name: 'Mikko Korhonen' });
    // Kept on the server as it was: it is not this device's to delete.
    expect(await serverDatabase(server).get(junk.id)).toMatchObject({ _rev: junk.rev });
    // Remembered: the next sync does not count it as new, nor hand it to anyone.
    expect(await sync(b)).toMatchObject({ sent: 0, received: 0, setAside: 1 });
  });

  it('is not tried again until its revision on the server changes, and then it is', async () => {
    await peopleSent(1);
    const junk = await putJunk();
    const b = newDevice();
    await sync(b);
    const reads = vi.spyOn(crypto.subtle, 'decrypt');
    expect(await sync(b)).toMatchObject({ received: 0, setAside: 1 });
    expect(reads).not.toHaveBeenCalled();

    // The same id, now with a readable revision (say, the device that wrote it first fixed it).
    const fixed = await seal(keys, junk.id, { kind: 'person', key: 'x', doc: {} });
    await serverDatabase(server).put({ ...fixed, _rev: junk.rev });
    const correctId = await documentId(keys, 'person', 'aino-virtanen');
    await serverDatabase(server).put(
      await seal(keys, correctId, { kind: 'person', key: 'aino-virtanen', doc: { name: { value: 'Aino', at: 1 } } }),
    );
    reads.mockClear();
    // The fixed revision is tried (and is still not this id's record: its key hashes elsewhere).
    expect(await sync(b)).toMatchObject({ received: 1, setAside: 1 });
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino' });
    expect(b.store.values('person', 'x')).toBeUndefined();
  });

  it('stops being set aside once it is deleted from the server', async () => {
    await peopleSent(3);
    const junk = await putJunk();
    const b = newDevice();
    expect(await sync(b)).toMatchObject({ received: 3, setAside: 1 });
    await serverDatabase(server).put({ _id: junk.id, _rev: junk.rev, _deleted: true });
    expect(await sync(b)).toMatchObject({ received: 0, setAside: 0 });
  });

  it('an envelope moved to another id is refused, not received as another person', async () => {
    const a = newDevice();
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    a.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 1);
    await sync(a);
    const remote = serverDatabase(server);
    const aino = await remote.get<{ iv: string; data: string }>(await documentId(keys, 'person', 'aino-virtanen'));
    // Aino's envelope copied over Mikko's document, and to an id of its own.
    const mikkoId = await documentId(keys, 'person', 'mikko-korhonen');
    const mikko = await remote.get(mikkoId);
    await remote.put({ _id: mikkoId, _rev: mikko._rev, iv: aino.iv, data: aino.data });
    await remote.put({ _id: lookalikeId(), iv: aino.iv, data: aino.data });
    // And Aino's record encrypted by someone with the keys for the wrong id: it decrypts, but the id is a keyed
    // hash of the record's key, and this one is not Aino's.
    const wrongId = lookalikeId();
    await remote.put(
      await seal(keys, wrongId, { kind: 'person', key: 'aino-virtanen', doc: { name: { value: 'Not Aino', at: 9 } } }),
    );

    const b = newDevice();
    expect(await sync(b)).toMatchObject({ received: 1, setAside: 3 });
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen' });
    expect(b.store.values('person', 'mikko-korhonen')).toBeUndefined();
    expect(b.store.received.map(({ key }) => key)).toEqual(['aino-virtanen']);
  });

  it('as one revision of a person’s document, leaves that person’s readable revisions syncing', async () => {
    const a = newDevice();
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    await sync(a);
    const id = await documentId(keys, 'person', 'aino-virtanen');
    const remote = serverDatabase(server);
    const junk = await remote.put({ _id: id, _rev: (await remote.get(id))._rev, iv: randomBase64(12), data: 'AAAA' });
    a.store.write('person', 'aino-virtanen', { note: 'Met at Slush' }, 2);
    // a's edit and the junk are two leaves now, on the server and (after the pull) in a's replica.
    expect(await sync(a)).toMatchObject({ setAside: 1 });

    const b = newDevice();
    expect(await sync(b)).toMatchObject({ received: 1, setAside: 1 });
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen', note: 'Met at Slush' });
    const leaves = await remote.get<object>(id, { open_revs: 'all' });
    expect(leaves.map(({ ok }) => ok._rev)).toContain(junk.rev);
  });

  it('one too large is set aside without being read, and the rest arrives', async () => {
    const a = newDevice();
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    a.store.write('person', 'mikko-korhonen', { name: 'Mikko', note: 'x'.repeat(5_000) }, 1);
    await sync(a);
    const b = newDevice();
    const reads = vi.spyOn(crypto.subtle, 'decrypt');
    // The limit made small, so as not to send megabytes through the test server.
    expect(await sync(b, { maxDocumentChars: 2_000 })).toMatchObject({ received: 1, setAside: 1 });
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen' });
    expect(b.store.values('person', 'mikko-korhonen')).toBeUndefined();
  });

  it('does not turn a wrong passphrase into documents set aside: nothing is written here or there', async () => {
    await peopleSent(3);
    await putJunk();
    const serverBefore = await server.rawText();
    const b = newDevice();
    b.store.write('person', 'mikko-korhonen', { name: 'Mikko' }, 1);
    await expect(sync(b, { passphrase: 'kaksi kahvia ja munkki' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await server.rawText()).toBe(serverBefore);
    expect(await b.local.info()).toMatchObject({ doc_count: 0, update_seq: 0 });
  });
});

describe('a receive that fails', () => {
  it('still lets this computer’s new records go to the server, and then reports the failure', async () => {
    const a = await peopleSent(3);
    const b = newDevice();
    b.store.failAfter = 0;
    // The people are in b's replica now, not yet in its store: every sync begins by receiving them.
    await expect(sync(b)).rejects.toThrow('the store failed');
    b.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 100);
    await expect(sync(b)).rejects.toThrow('the store failed');
    await sync(a);
    expect(a.store.values('person', 'mikko-korhonen')).toEqual({ name: 'Mikko Korhonen' });
  });

  it('does not write a record over a version from elsewhere that it has not merged yet', async () => {
    // A computer that sent Aino's name and is gone since: its version lives only on the server.
    const gone = newDevice();
    gone.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    await sync(gone);
    const b = newDevice();
    b.store.failAfter = 0;
    await expect(sync(b)).rejects.toThrow('the store failed');
    b.store.write('person', 'aino-virtanen', { note: 'Met at Slush' }, 2);
    await expect(sync(b)).rejects.toThrow('the store failed');
    b.store.failAfter = Infinity;
    await sync(b);

    const c = newDevice();
    await sync(c);
    expect(c.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen', note: 'Met at Slush' });
  });
});
