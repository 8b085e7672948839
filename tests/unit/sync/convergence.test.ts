/**
 * The law sync exists for, checked by fast-check: whatever three devices write offline and whenever they
 * sync, once each has synced twice in turn they all hold the same records (the merge of every edit), and the
 * server keeps one live leaf per record.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { deriveKeys, documentId, newKdfParams, type SyncKeys } from '@/utils/sync/crypto';
import { syncOnce } from '@/utils/sync/replication';
import { startCouchServer, type CouchServer } from '../../helpers/couch-server';
import { mergeFields, newDevice, serverDatabase, type Device, type Fields } from '../../helpers/sync-device';

const PEOPLE = ['aino-virtanen', 'mikko-korhonen', 'liisa-makela'];

let keys: SyncKeys;
let server: CouchServer;

beforeAll(async () => {
  keys = await deriveKeys('kolme laitetta', newKdfParams(100_000));
});
beforeEach(async () => {
  server = await startCouchServer();
});
afterEach(() => server.stop());

const step = fc.oneof(
  fc.record({
    device: fc.nat(2),
    person: fc.constantFrom(...PEOPLE),
    field: fc.constantFrom('name', 'note', 'company'),
    value: fc.constantFrom('a', 'b', 'c'),
    // Few distinct times: ties, where the larger value must win on every device alike.
    at: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ device: fc.nat(2), sync: fc.constant(true) }),
);

function sync(device: Device) {
  return syncOnce({ keys, local: device.local, remote: serverDatabase(server), side: device.store });
}

it('brings every device to the same records, one leaf each, whatever was written and synced when', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
      await server.stop();
      server = await startCouchServer();
      const devices = [newDevice(), newDevice(), newDevice()];
      const expected = new Map<string, Fields>();
      for (const s of steps) {
        const device = devices[s.device];
        if ('sync' in s) {
          await sync(device);
          continue;
        }
        device.store.write('person', s.person, { [s.field]: s.value }, s.at);
        const edit = { [s.field]: { value: s.value, at: s.at } };
        expected.set(s.person, mergeFields(expected.get(s.person) ?? {}, edit));
      }
      for (let round = 0; round < 2; round++) for (const device of devices) await sync(device);

      for (const device of devices) {
        const quiet = await sync(device);
        expect([quiet.sent, quiet.received, quiet.resolved]).toEqual([0, 0, 0]);
        for (const person of PEOPLE)
          expect(device.store.records.get(`person ${person}`)?.doc).toEqual(expected.get(person));
      }
      for (const person of expected.keys()) {
        const leaves = await serverDatabase(server).get<object>(await documentId(keys, 'person', person), {
          open_revs: 'all',
        });
        expect(leaves.filter(({ ok }) => !ok._deleted)).toHaveLength(1);
      }
    }),
    { numRuns: 12 },
  );
}, 60_000);
