/**
 * Turning sync off and on again with a new, empty server: everything that syncs is sent to it, every kind of
 * record, because turning off marks them all unsent from the one list of the kinds that sync.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSync } from '@/entrypoints/background/sync';
import { listGoals, saveGoal } from '@/utils/db/goals-store';
import { addPersonEntry } from '@/utils/db/people/entries';
import { loadSettings, updateSettings } from '@/utils/db/settings-store';
import type { SyncConfig } from '@/utils/db/sync-state';
import { SYNCED_KINDS } from '@/utils/db/synced-kinds';
import { listTemplates, saveTemplate } from '@/utils/db/templates-store';
import type { SyncKeys } from '@/utils/sync/crypto';
import type { CouchServer } from '../../helpers/couch-server';
import { goalInput } from '../../helpers/plan';
import { ainoProfile } from '../../helpers/profiles';
import { storeDevice, useSyncServer } from '../../helpers/sync-server';
import { useTestDatabases } from '../../helpers/test-database';

// The background's replica lives in IndexedDB through PouchDB's idb adapter, which fake-indexeddb does not
// carry: here it is in memory, and the rest of turning sync off is the background's own.
vi.mock('@/utils/sync/pouch', async (original) => {
  const pouch = await original<typeof import('@/utils/sync/pouch')>();
  const { default: memory } = await import('pouchdb-adapter-memory');
  const Memory = pouch.SyncPouch.plugin(memory);
  return { ...pouch, openReplica: (name: string) => new Memory(name, { adapter: 'memory' }) };
});

const NOW = Date.UTC(2026, 11, 2, 9);
let keys: SyncKeys;
let server: CouchServer;
const { sync, replaceServer } = useSyncServer((started, derived) => {
  server = started;
  keys = derived;
});
const newDatabase = useTestDatabases();

beforeEach(() => fakeBrowser.reset());

function computer() {
  const db = newDatabase();
  const device = storeDevice(db);
  return { db, sync: () => sync(device) };
}

describe('sync turned off, then on with a new empty server', () => {
  it('sends every kind of record to the new server: people, templates, goals and settings', async () => {
    const work = computer();
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await saveGoal(work.db, goalInput({ id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', title: 'Meet mentors' }), NOW);
    await updateSettings(work.db, { myName: 'Sanna' }, NOW);
    await saveTemplate(
      work.db,
      {
        id: 'c0ffee00-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        name: 'Warm intro',
        kind: 'invitation',
        language: 'en',
        body: 'Hi',
      },
      NOW,
    );
    await work.sync();

    // Off (the background keeps the login while on; this computer's is made up), and a new server.
    const config: SyncConfig = { key: 'config', url: server.databaseUrl, username: 'u', password: 'p', keys };
    await work.db.sync.put(config);
    await disableSync(work.db);
    await replaceServer();
    // On again: a new replica, as enableSync makes one after disableSync destroyed the old.
    await sync(storeDevice(work.db));

    const again = computer();
    await again.sync();
    expect((await listGoals(again.db)).map((goal) => goal.title)).toEqual(['Meet mentors']);
    expect((await listTemplates(again.db)).map((template) => template.name)).toContain('Warm intro');
    expect((await loadSettings(again.db)).myName).toBe('Sanna');
    expect(await again.db.contacts.count()).toBe(1);
  });

  it('every table whose records wait to be sent is one of the kinds that sync', () => {
    const db = newDatabase();
    const marked = db.tables.filter((table) => table.schema.indexes.some((index) => index.name === 'pending'));
    const synced = Object.values(SYNCED_KINDS).map((kind) => kind.table(db).name);
    expect(synced.sort()).toEqual(marked.map((table) => table.name).sort());
  });
});
