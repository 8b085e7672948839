/**
 * `npm run bench` (second part): sync, measured with the extension's own store and sync engine in Node
 * (fake-indexeddb for the store, PouchDB's memory adapter for the replica) against the CouchDB-protocol server
 * the tests use, in-process. Real CouchDB over a network adds its round trips; these are the extension's costs.
 *
 * - firstSync1kMs, firstSync10kMs: a computer with 1,000 / 10,000 people (5 entries each) turns sync on.
 * - join10kMs: a second computer, empty, joins and receives those 10,000.
 * - nothingNewMs: a sync with nothing new on either side.
 * - serverKB10k: what the server holds for 10,000 people (every document and revision, as stored).
 */
import 'fake-indexeddb/auto';
import { importFile } from '../utils/db/backup/import';
import { Database } from '../utils/db/database';
import { syncSide } from '../utils/db/sync-side';
import { deriveKeys, newKdfParams } from '../utils/sync/crypto';
import { syncOnce } from '../utils/sync/replication';
import { startCouchServer, type CouchServer } from '../tests/helpers/couch-server';
import { serverDatabase, TestPouch } from '../tests/helpers/sync-device';
import { generateNetwork } from './lib/generate-network';

const keys = await deriveKeys('kaksi kahvia ja pulla', newKdfParams());

async function computerWith(people: number) {
  const db = new Database(`bench-${crypto.randomUUID()}`);
  if (people > 0) {
    // Imported as the user's backup is.
    const file = new TextEncoder().encode(generateNetwork(people, 5).text);
    const outcome = await importFile(db, file, Date.now());
    if (outcome.kind !== 'backup') throw new Error(`The generated network was not imported: ${outcome.kind}`);
  }
  const local = new TestPouch(`replica-${crypto.randomUUID()}`, { adapter: 'memory' });
  return {
    db,
    sync: (server: CouchServer) => syncOnce({ keys, local, remote: serverDatabase(server), side: syncSide(db) }),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - start), result };
}

const small = await startCouchServer();
const laptop = await computerWith(1_000);
const first1k = await timed(() => laptop.sync(small));
await small.stop();

const server = await startCouchServer();
const work = await computerWith(10_000);
const first10k = await timed(() => work.sync(server));
const home = await computerWith(0);
const join10k = await timed(() => home.sync(server));
const nothingNew = await timed(() => work.sync(server));
const serverKB10k = Math.round(new TextEncoder().encode(await server.rawText()).length / 1024);
const received = await home.db.contacts.count();
await server.stop();

const figures = {
  firstSync1kMs: first1k.ms,
  firstSync10kMs: first10k.ms,
  join10kMs: join10k.ms,
  nothingNewMs: nothingNew.ms,
  serverKB10k,
};
console.log(
  `Sync: ${first10k.result.sent} documents sent for 10,000 people; the joining computer has ${received} people; ` +
    `nothing new: ${nothingNew.result.sent} sent, ${nothingNew.result.received} received.`,
);
console.table(Object.entries(figures).map(([figure, value]) => ({ figure, value })));
console.log(JSON.stringify(figures));
