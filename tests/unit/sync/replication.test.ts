import { describe, expect, it, vi } from 'vitest';
import { documentId, type SyncKeys } from '@/utils/sync/crypto';
import { SyncError } from '@/utils/sync/errors';
import type { PouchDatabase } from '@/utils/sync/pouchdb';
import type { SyncReport } from '@/utils/sync/replication';
import type { SyncProgress } from '@/utils/sync/run';
import type { CouchServer } from '../../helpers/couch-server';
import { TEST_PASSPHRASE, useSyncServer } from '../../helpers/sync-server';
import { newDevice, serverDatabase, TestPouch, type Device } from '../../helpers/sync-device';

const PASSPHRASE = TEST_PASSPHRASE;

let keys: SyncKeys;
let server: CouchServer;

const { sync, replaceServer } = useSyncServer((started, derived) => {
  server = started;
  keys = derived;
});

/** The live (not deleted) leaves of a document. */
async function liveLeaves(db: PouchDatabase, id: string): Promise<string[]> {
  const leaves = await db.get<object>(id, { open_revs: 'all' });
  return leaves.filter(({ ok }) => !ok._deleted).map(({ ok }) => ok._rev);
}

const counts = ({ sent, received, resolved }: SyncReport) => ({ sent, received, resolved });

describe('two devices', () => {
  it('each end with what both wrote offline', async () => {
    const [a, b] = [newDevice(), newDevice()];
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen', note: 'Met at Slush' }, 1);
    b.store.write('person', 'mikko-korhonen', { name: 'Mikko Korhonen' }, 2);
    b.store.write('settings', 'settings', { myName: 'Liisa' }, 3);

    expect(counts(await sync(a))).toEqual({ sent: 1, received: 0, resolved: 0 });
    expect(counts(await sync(b))).toEqual({ sent: 2, received: 1, resolved: 0 });
    expect(counts(await sync(a))).toEqual({ sent: 0, received: 2, resolved: 0 });

    for (const device of [a, b]) {
      expect(device.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen', note: 'Met at Slush' });
      expect(device.store.values('person', 'mikko-korhonen')).toEqual({ name: 'Mikko Korhonen' });
      expect(device.store.values('settings', 'settings')).toEqual({ myName: 'Liisa' });
    }
  });

  it('merge a record both changed into one leaf, the same everywhere', async () => {
    const [a, b] = [newDevice(), newDevice()];
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    await sync(a);
    await sync(b);
    a.store.write('person', 'aino-virtanen', { note: 'Asked about the job in Tampere' }, 10);
    b.store.write('person', 'aino-virtanen', { company: 'Supercell', name: 'Aino V.' }, 11);

    await sync(a);
    expect(counts(await sync(b))).toEqual({ sent: 1, received: 1, resolved: 1 });
    await sync(a);

    const expected = { name: 'Aino V.', company: 'Supercell', note: 'Asked about the job in Tampere' };
    expect(a.store.values('person', 'aino-virtanen')).toEqual(expected);
    expect(b.store.values('person', 'aino-virtanen')).toEqual(expected);
    const id = await documentId(keys, 'person', 'aino-virtanen');
    const [leaf] = await liveLeaves(serverDatabase(server), id);
    expect(await liveLeaves(serverDatabase(server), id)).toEqual([leaf]);
    expect(await liveLeaves(a.local, id)).toEqual([leaf]);
    expect(await liveLeaves(b.local, id)).toEqual([leaf]);
  });

  it('reads back none of what the same sync sent: its own revisions are no news', async () => {
    const a = newDevice();
    for (let i = 0; i < 30; i++) a.store.write('person', `person-${i}`, { name: `Person ${i}` }, i);
    const allDocs = vi.spyOn(a.local, 'allDocs');
    expect(counts(await sync(a))).toEqual({ sent: 30, received: 0, resolved: 0 });
    const read = allDocs.mock.calls.filter(([options]) => options.include_docs).flatMap(([options]) => options.keys);
    expect(read).toEqual([]);
  });

  it('send and receive nothing when nothing is new', async () => {
    const [a, b] = [newDevice(), newDevice()];
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    b.store.write('person', 'aino-virtanen', { note: 'Coffee' }, 2);
    await sync(a);
    await sync(b);
    await sync(a);
    const before = await serverDatabase(server).info();
    const receives = a.store.received.length;

    expect(counts(await sync(a))).toEqual({ sent: 0, received: 0, resolved: 0 });
    expect(counts(await sync(b))).toEqual({ sent: 0, received: 0, resolved: 0 });
    expect((await serverDatabase(server).info()).update_seq).toEqual(before.update_seq);
    expect(a.store.received).toHaveLength(receives);
  });
});

describe('a sync stopped halfway', () => {
  /** Rounds small enough that 120 people take several, to stop between two. */
  const syncInSmallBatches = (device: Device, extra: Parameters<typeof sync>[1] = {}) =>
    sync(device, { batches: { send: 50, receive: 50, replication: 100 }, ...extra });

  /** Device a has sent 120 people; device b has not synced yet. */
  async function manyPeople(): Promise<[Device, Device]> {
    const [a, b] = [newDevice(), newDevice()];
    for (let i = 0; i < 120; i++) a.store.write('person', `person-${i}`, { name: `Person ${i}` }, i);
    await sync(a);
    return [a, b];
  }

  it('goes on from where it stopped, when aborted', async () => {
    const [, b] = await manyPeople();
    const stop = new AbortController();
    const progress: SyncProgress[] = [];
    const onProgress = (step: SyncProgress) => {
      progress.push(step);
      if (step.phase === 'receiving' && step.done >= 50) stop.abort();
    };

    await expect(syncInSmallBatches(b, { signal: stop.signal, onProgress })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(b.store.received).toHaveLength(50);
    expect(progress).toContainEqual({ phase: 'receiving', done: 50, total: 120 });

    expect(counts(await syncInSmallBatches(b))).toEqual({ sent: 0, received: 70, resolved: 0 });
    expect(b.store.received).toHaveLength(120);
    expect(b.store.values('person', 'person-119')).toEqual({ name: 'Person 119' });
  });

  it('goes on from where it stopped, when aborted while bringing documents', async () => {
    const [a, b] = await manyPeople();
    const stop = new AbortController();
    const onProgress = (step: SyncProgress) => step.phase === 'pulling' && stop.abort();

    await expect(syncInSmallBatches(b, { signal: stop.signal, onProgress })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(b.store.received).toHaveLength(0);
    // Stopped between two of replication's batches: not all of the 120 people and the meta document came.
    expect((await b.local.info()).doc_count).toBeLessThan(121);
    await syncInSmallBatches(b);
    expect(b.store.records.size).toBe(120);
    expect(b.store.values('person', 'person-0')).toEqual(a.store.values('person', 'person-0'));
  });

  it('counts as sent what the run that finishes carries to the server, though a stopped one encrypted it', async () => {
    const a = newDevice();
    for (let i = 0; i < 120; i++) a.store.write('person', `person-${i}`, { name: `Person ${i}` }, i);
    const stop = new AbortController();
    // Stopped once all 120 are encrypted into the replica, before replication carries any to the server.
    const onProgress = (step: SyncProgress) => step.phase === 'sending' && step.done === 120 && stop.abort();
    await expect(sync(a, { signal: stop.signal, onProgress })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await serverDatabase(server).allDocs({})).toMatchObject({ rows: [{ id: expect.any(String) }] });

    expect(counts(await sync(a))).toEqual({ sent: 120, received: 0, resolved: 0 });
    expect(counts(await sync(a))).toEqual({ sent: 0, received: 0, resolved: 0 });
  });

  it('goes on from where it stopped, when the store failed', async () => {
    const [a, b] = await manyPeople();
    b.store.failAfter = 70;
    await expect(syncInSmallBatches(b)).rejects.toThrow('the store failed');
    b.store.failAfter = Infinity;
    await syncInSmallBatches(b);
    expect(b.store.records.size).toBe(120);
    // 70 received: the first batch of 50 was done and its place kept. The 20 of the batch under way when the
    // store failed are handed over again; nothing else is.
    expect(b.store.received).toHaveLength(120 + 20);
    await sync(a);
    expect(b.store.values('person', 'person-7')).toEqual(a.store.values('person', 'person-7'));
  });
});

describe('the server', () => {
  it('never sees a name, a slug or a note, nor which kind of record is which', async () => {
    const [a, b] = [newDevice(), newDevice()];
    a.store.write('person', 'aino-virtanen-4b2', { name: 'Aino Virtanen', note: 'Loves sauna' }, 1);
    a.store.write('template', 'warm-intro', { body: 'Hello {firstName}' }, 1);
    a.store.write('settings', 'settings', { myName: 'Liisa Mäkelä' }, 1);
    await sync(a);
    b.store.write('person', 'aino-virtanen-4b2', { note: 'Loves sauna and jazz' }, 2);
    a.store.write('person', 'aino-virtanen-4b2', { headline: 'CTO at Wolt' }, 3);
    await sync(b);
    await sync(a);

    const raw = await server.rawText();
    expect(raw).toContain(await documentId(keys, 'person', 'aino-virtanen-4b2')); // the dump has the documents
    for (const secret of ['Aino', 'aino', 'virtanen', 'sauna', 'jazz', 'Wolt', 'warm-intro', 'firstName', 'Liisa']) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toMatch(/"(person|template|settings|kind|key)"/);
  });

  it('keeps the passphrase check and the salt in its one cleartext document', async () => {
    await sync(newDevice());
    expect(await serverDatabase(server).get('keep-in-touch')).toMatchObject({
      format: 'keep-in-touch-sync',
      version: 1,
      kdf: keys.kdf,
      check: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});

describe('joining', () => {
  it('with the passphrase gives the keys of the device that set the server up', async () => {
    const [a, b] = [newDevice(), newDevice()];
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    const first = await sync(a, { passphrase: PASSPHRASE });
    const joined = await sync(b, { passphrase: PASSPHRASE });
    expect(joined.received).toBe(1);
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen' });
    await expect(documentId(joined.keys, 'person', 'x')).resolves.toBe(await documentId(first.keys, 'person', 'x'));
  });

  it('with a wrong passphrase is refused, and nothing is written here or there', async () => {
    const a = newDevice();
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    await sync(a);
    const serverBefore = await server.rawText();
    const b = newDevice();
    b.store.write('person', 'mikko-korhonen', { name: 'Mikko' }, 1);
    const pending = vi.spyOn(b.store, 'pending');

    const refused = sync(b, { passphrase: 'kaksi kahvia ja munkki' });
    await expect(refused).rejects.toBeInstanceOf(SyncError);
    await expect(refused).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await server.rawText()).toBe(serverBefore);
    expect(await b.local.info()).toMatchObject({ doc_count: 0, update_seq: 0 });
    await expect(b.local.get('_local/keep-in-touch-sync')).rejects.toMatchObject({ status: 404 });
    expect(pending).not.toHaveBeenCalled();
  });

  it('with stored keys sets up a new, empty server for the same data', async () => {
    const a = newDevice();
    a.store.write('person', 'aino-virtanen', { name: 'Aino Virtanen' }, 1);
    await sync(a);
    await replaceServer();
    await sync(a);
    const b = newDevice();
    await sync(b, { passphrase: PASSPHRASE });
    expect(b.store.values('person', 'aino-virtanen')).toEqual({ name: 'Aino Virtanen' });
  });

  it('a server in a newer format is left alone', async () => {
    await serverDatabase(server).put({ _id: 'keep-in-touch', format: 'keep-in-touch-sync', version: 2 });
    await expect(sync(newDevice())).rejects.toMatchObject({ code: 'newer-format' });
  });
});

describe('errors', () => {
  it('a wrong password', async () => {
    await expect(sync(newDevice(), { remote: serverDatabase(server, 'wrong') })).rejects.toMatchObject({
      code: 'wrong-password',
      detail: expect.stringContaining('401'),
    });
  });

  it('a server that does not answer', async () => {
    const nobody = new TestPouch('http://127.0.0.1:9/keep-in-touch', { skip_setup: true });
    await expect(sync(newDevice(), { remote: nobody })).rejects.toMatchObject({
      code: 'unreachable',
      detail: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
