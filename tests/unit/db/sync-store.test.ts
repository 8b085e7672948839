/**
 * The people store synced for real: two devices, each with its own database (the extension's stores on
 * fake-indexeddb) and replica, through the in-process CouchDB-protocol server. What a user does on two
 * computers, and what the server ends up holding.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Database } from '@/utils/db/database';
import { deletePersonByKey } from '@/utils/db/people/deletion';
import { addPersonEntry, editPersonEntry } from '@/utils/db/people/entries';
import { updatePerson, viewPerson } from '@/utils/db/people/person';
import { savePeople } from '@/utils/db/people/write';
import { newPerson } from '@/utils/model/person';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { updateSettings, loadSettings } from '@/utils/db/settings-store';
import { deleteGoal, listGoals, saveGoal } from '@/utils/db/goals-store';
import { documentId, type SyncKeys } from '@/utils/sync/crypto';
import { MAX_DOCUMENT_CHARS, openDocument, seal, type EncryptedDocument } from '@/utils/sync/documents';
import type { Batches } from '@/utils/sync/run';
import type { CouchServer } from '../../helpers/couch-server';
import { ainoProfile } from '../../helpers/profiles';
import { goalInput } from '../../helpers/plan';
import { serverDatabase } from '../../helpers/sync-device';
import { storeDevice, useSyncServer } from '../../helpers/sync-server';
import { useTestDatabases } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 11, 2, 9);
const mentorsGoal = goalInput({
  id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  title: 'Meet mentors',
  measure: 'meetings',
  per: 'month',
});
let keys: SyncKeys;
let server: CouchServer;
const { sync } = useSyncServer((started, derived) => {
  server = started;
  keys = derived;
});
const newDatabase = useTestDatabases();

/** A computer: the extension's database and its replica of the server. */
function computer() {
  const db = newDatabase();
  const device = storeDevice(db);
  return { db, sync: (batches?: Partial<Batches>) => sync(device, { batches }) };
}

const texts = async (db: Database) =>
  (await viewPerson(db, ainoProfile(), NOW + 60_000)).entries.map((entry) => entry.text).sort();

describe('two computers', () => {
  it('each write a note offline; after both sync, both see both notes, and the rest of what each did', async () => {
    const [work, home] = [computer(), computer()];
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await updatePerson(work.db, ainoProfile(), { tags: ['mentors'] }, NOW);
    await addPersonEntry(home.db, ainoProfile(), { type: 'meeting', text: 'Coffee in Tampere', at: NOW }, NOW + 1);
    await updateSettings(home.db, { myName: 'Sanna' }, NOW + 1);

    await work.sync();
    await home.sync();
    await work.sync();

    for (const { db } of [work, home]) {
      expect(await texts(db)).toEqual(['Coffee in Tampere', 'Met at Slush']);
      expect((await viewPerson(db, ainoProfile(), NOW)).summary?.tags).toEqual(['mentors']);
      expect((await loadSettings(db)).myName).toBe('Sanna');
      expect(await db.contacts.count()).toBe(1);
      // The summary the lists and the badge read follows what arrived.
      expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.lastContactAt).toBe(NOW);
    }
  });

  it('carries a deleted person over, and a sync with nothing new sends and receives nothing', async () => {
    const [work, home] = [computer(), computer()];
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await work.sync();
    await home.sync();
    expect(await home.db.contacts.count()).toBe(1);

    await deletePersonByKey(home.db, 'aino-virtanen-4b2a1c', NOW + 1000);
    await home.sync();
    await work.sync();
    expect(await work.db.contacts.count()).toBe(0);
    expect(await work.sync()).toMatchObject({ sent: 0, received: 0, resolved: 0 });
  });

  it('writes what arrives a batch at a time: one transaction for each batch of people, not one for each', async () => {
    const [work, home] = [computer(), computer()];
    const people = Array.from({ length: 120 }, (_, i) =>
      newPerson(`person-${i}`, { name: `Person ${i}`, aliases: [`person-${i}`] }, NOW + i),
    );
    await savePeople(work.db, people, DEFAULT_SETTINGS);
    await work.sync();

    const transaction = vi.spyOn(home.db, 'transaction');
    expect(await home.sync({ receive: 50 })).toMatchObject({ received: 120 });
    const writesOfPeople = transaction.mock.calls.filter(
      ([mode, ...tables]) => mode === 'rw' && tables.flat().some((table) => table === home.db.people),
    );
    expect(writesOfPeople).toHaveLength(3);
    expect(await home.db.contacts.count()).toBe(120);
    expect((await home.db.contacts.get('person-119'))?.name).toBe('Person 119');
  });

  it('keeps a person deleted on one computer while the other, offline, added a note it never saw', async () => {
    const [work, home] = [computer(), computer()];
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await work.sync();
    await home.sync();
    await addPersonEntry(home.db, ainoProfile(), { type: 'call', text: 'Called about Tampere', at: NOW }, NOW + 500);
    await deletePersonByKey(work.db, 'aino-virtanen-4b2a1c', NOW + 1000);
    await work.sync();
    await home.sync();
    await work.sync();
    for (const { db } of [work, home]) {
      expect(await db.contacts.count()).toBe(1);
      const view = await viewPerson(db, ainoProfile(), NOW + 2000);
      expect(view.entries.map((entry) => entry.text)).toEqual(['Called about Tampere']);
      expect(view.keptAfterDeletion).toBe(true);
    }
  });

  it('keeps both texts of a note edited on both computers before either synced', async () => {
    const [work, home] = [computer(), computer()];
    const added = await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Slush', at: NOW }, NOW);
    const { id } = added.entries[0]!;
    await work.sync();
    await home.sync();
    await editPersonEntry(work.db, ainoProfile(), id, { text: 'Slush 2026' }, NOW + 1000);
    await editPersonEntry(home.db, ainoProfile(), id, { text: 'Slush, Helsinki' }, NOW + 2000);
    await work.sync();
    await home.sync();
    await work.sync();
    for (const { db } of [work, home]) {
      const [entry] = (await viewPerson(db, ainoProfile(), NOW)).entries;
      expect(entry).toMatchObject({ text: 'Slush, Helsinki', otherTexts: ['Slush 2026'] });
    }
  });

  it('carries the settings the user has everywhere, but not what belongs to one computer', async () => {
    const [work, home] = [computer(), computer()];
    const workOnly = { language: 'fi', notificationHour: 7, lastBackupAt: NOW, panelPlace: 'side-panel' } as const;
    await updateSettings(work.db, { myName: 'Sanna', ...workOnly }, NOW);
    await updateSettings(home.db, { language: 'en' }, NOW + 1);
    await work.sync();
    await home.sync();
    await work.sync();
    // Where the panel lives is this browser's choice: the other may be a browser without a side panel.
    const homeOnly = { language: 'en', notificationHour: 9, panelPlace: 'in-page' };
    expect(await loadSettings(home.db)).toMatchObject({ myName: 'Sanna', ...homeOnly });
    expect((await loadSettings(home.db)).lastBackupAt).toBeNull();
    expect(await loadSettings(work.db)).toMatchObject({ myName: 'Sanna', ...workOnly });
  });

  it('carries goals: a new one, an edit made later elsewhere, and a deletion', async () => {
    const [work, home] = [computer(), computer()];
    await saveGoal(work.db, mentorsGoal, NOW);
    await work.sync();
    await home.sync();
    expect((await listGoals(home.db)).map((goal) => goal.title)).toEqual(['Meet mentors']);

    await saveGoal(home.db, { ...mentorsGoal, target: 4 }, NOW + 10);
    await saveGoal(work.db, { ...mentorsGoal, title: 'Older edit' }, NOW + 5);
    await home.sync();
    await work.sync();
    await home.sync();
    for (const { db } of [work, home])
      expect(await listGoals(db)).toMatchObject([{ title: 'Meet mentors', target: 4 }]);

    await deleteGoal(work.db, mentorsGoal.id, NOW + 20);
    await work.sync();
    await home.sync();
    expect(await listGoals(home.db)).toEqual([]);
  });

  it('leaves on the server no name, slug, note or tag: only encrypted documents under keyed ids', async () => {
    const work = computer();
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Väitöskirja keväällä', at: NOW }, NOW);
    await updatePerson(work.db, ainoProfile(), { tags: ['mentors'] }, NOW);
    await updateSettings(work.db, { myName: 'Sanna Virtanen' }, NOW);
    await work.sync();
    const raw = await server.rawText();
    for (const secret of ['Aino', 'aino-virtanen', 'Revontuli', 'Väitöskirja', 'mentors', 'Sanna', 'ACoAA']) {
      expect(raw).not.toContain(secret);
    }
  });
});

/** What the server holds of Aino, decrypted: the document as every computer reads it. */
async function serverAino(): Promise<{
  doc: Record<string, unknown> & { timeline: Record<string, unknown>[] };
  stored: EncryptedDocument;
}> {
  const id = await documentId(keys, 'person', 'aino-virtanen-4b2a1c');
  const stored = await serverDatabase(server).get<EncryptedDocument>(id);
  const opened = await openDocument(keys, stored, MAX_DOCUMENT_CHARS);
  if (!('record' in opened)) throw new Error(`Aino's document on the server is unreadable: ${opened.unreadable}`);
  const { doc } = opened.record;
  return { doc: doc as Record<string, unknown> & { timeline: Record<string, unknown>[] }, stored };
}

describe('a newer version on another computer', () => {
  it('leaves alone a document whose own fields it refuses, rather than writing its older copy over it', async () => {
    const [work, home] = [computer(), computer()];
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await work.sync();
    await home.sync();
    // Another computer (another version, or a fault) wrote a name longer than this version allows.
    const { doc, stored } = await serverAino();
    const refused = { ...doc, name: 'A'.repeat(400), changedAt: { ...(doc.changedAt as object), name: NOW + 5 } };
    await serverDatabase(server).put({
      ...(await seal(keys, stored._id, { kind: 'person', key: 'aino-virtanen-4b2a1c', doc: refused })),
      _rev: stored._rev,
    });
    await home.sync();
    const { doc: after } = await serverAino();
    expect(after.name).toBe('A'.repeat(400));
    // This computer keeps its own copy as it was.
    expect((await viewPerson(home.db, ainoProfile(), NOW + 6)).summary?.name).toBe('Aino Virtanen');
  });

  it('keeps what it wrote that this version does not know, when this one edits the same person', async () => {
    const [work, home] = [computer(), computer()];
    await addPersonEntry(work.db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    await work.sync();
    await home.sync();
    // The newer version (simulated: its document written straight to the server) adds an entry of a type this
    // version does not know and a field of its own.
    const { doc, stored } = await serverAino();
    const memo = {
      id: 'memo-1',
      rev: 'r-memo',
      past: [],
      type: 'voice-memo',
      text: '',
      at: NOW,
      createdAt: NOW + 5,
      updatedAt: NOW + 5,
      clip: 'c1',
    };
    const newer = {
      ...doc,
      pronouns: 'she/her',
      changedAt: { ...(doc.changedAt as object), pronouns: NOW + 5 },
      timeline: [...doc.timeline, memo],
    };
    const id = stored._id;
    await serverDatabase(server).put({
      ...(await seal(keys, id, { kind: 'person', key: 'aino-virtanen-4b2a1c', doc: newer })),
      _rev: stored._rev,
    });
    // Meanwhile this version, offline, changes the same person.
    await updatePerson(home.db, ainoProfile(), { tags: ['mentors'] }, NOW + 10);
    await addPersonEntry(
      home.db,
      ainoProfile(),
      { type: 'call', text: 'Called about Tampere', at: NOW + 10 },
      NOW + 10,
    );
    await home.sync();
    await work.sync();
    await home.sync();

    const { doc: after } = await serverAino();
    expect(after).toMatchObject({ pronouns: 'she/her', tags: ['mentors'] });
    expect((after.changedAt as Record<string, number>).pronouns).toBe(NOW + 5);
    expect(after.timeline).toContainEqual(memo);
    expect(after.timeline.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['Met at Slush', 'Called about Tampere']),
    );
    // This version shows what it knows, and neither shows nor counts the rest.
    for (const { db } of [work, home]) expect(await texts(db)).toEqual(['Called about Tampere', 'Met at Slush']);
  });
});
