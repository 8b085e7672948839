/** Nothing is lost when the service worker stops, when two tabs show one person, or when a profile changes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureRoutes, openProfile, stopServiceWorker } from './harness';
import { browserForFile } from './browser-for-file';

const mikkoPage = join(tmpdir(), `mikko-${process.pid}.html`);
const mikkoOriginal = readFileSync(resolve('tests/fixtures/pages/guest-mikko-korhonen.html'), 'utf8');

writeFileSync(mikkoPage, mikkoOriginal);
const session = browserForFile({ ...fixtureRoutes(), '/in/mikko-korhonen-77/': mikkoPage });

it('comes back with nothing lost after the service worker was stopped mid-session', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Before the worker stopped');

  await stopServiceWorker(panel.page);
  await panel.addNote('After the worker stopped'); // the message wakes it
  await panel.page.reload();
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('note-item', (items) => items.length === 2);
  expect(await panel.noteTexts()).toEqual(['After the worker stopped', 'Before the worker stopped']);
  await panel.page.close();
});

it('shows a change made in one tab at once in another tab of the same person', async () => {
  const first = await openProfile(session().context, '/in/liisa-makela/');
  const second = await openProfile(session().context, '/in/liisa-makela/overlay/contact-info/');
  await first.waitForPerson('liisa-makela');
  await second.waitForPerson('liisa-makela');

  await first.addNote('Written in the first tab');
  await second.waitFor('note-text', (notes) => notes.some((note) => note.text === 'Written in the first tab'));
  await second.addNote('Written in the second tab');
  await first.waitFor('note-item', (items) => items.length === 2);
  await first.page.close();
  await second.page.close();
});

it('says "now at" when LinkedIn shows a new company since the last visit, and records it on the timeline', async () => {
  const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
  await panel.waitForPerson('mikko-korhonen-77');
  await panel.addNote('Works on district heating data');

  writeFileSync(mikkoPage, mikkoOriginal.replaceAll('Saimaa Analytics', 'Vesi Data Oy'));
  await panel.page.reload();
  await panel.waitForPerson('mikko-korhonen-77');
  await panel.waitFor('profile-changes', ([notice]) => notice?.text === 'Now at Vesi Data Oy (was Saimaa Analytics)');
  expect((await panel.one('contact-company'))?.value).toBe('Vesi Data Oy');
  expect((await panel.all('note-item'))[0].text).toContain('Saimaa Analytics → Vesi Data Oy');
  await panel.page.close();
});

it('says so when the disk is full and nothing was saved, keeps what was typed, and saves it once there is room', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const before = (await panel.all('note-item')).length;
  // The worker's IndexedDB refuses every write, as a full disk makes it.
  await session().worker.evaluate(() => {
    const full = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    (globalThis as unknown as { realWrites: unknown[] }).realWrites = [store.add, store.put];
    store.add = full;
    store.put = full;
  });
  await panel.type('note-input', 'Written while the disk was full');
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor('panel-error', ([error]) => error?.text.includes('no room left') ?? false);
  expect((await panel.one('note-input'))?.value).toBe('Written while the disk was full');
  expect((await panel.all('note-item')).length).toBe(before);

  await session().worker.evaluate(() => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    [store.add, store.put] = (globalThis as unknown as { realWrites: unknown[] }).realWrites;
  });
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor('note-item', (items) => items.length === before + 1);
  expect(await panel.all('panel-error')).toEqual([]);
  await panel.page.close();
});
