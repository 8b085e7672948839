/**
 * Imports in real Chromium: LinkedIn's Connections.csv byte for byte as Excel saves it, the reminders chosen for
 * the people it adds, and imports made by the background's store, which announces them itself.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { generateNetwork } from '../../scripts/lib/generate-network';
import { backupFile, backupNote, backupPerson } from '../helpers/backup-files';
import { badgeText, openExtensionPage, openProfile, stopServiceWorker } from './harness';
import { browserForFile } from './browser-for-file';
import { connectionsFile, NORDIC_PEOPLE, type ConnectionsFormat } from '../helpers/connections-files';

const session = browserForFile();
const DAY = 86_400_000;

/** Every stored contact's name, tags and indexed due time, read in the service worker. */
function storedContacts(worker: Worker): Promise<{ name: string; tags: string[]; dueAt: number | null }[]> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('keep-in-touch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('contacts').objectStore('contacts').getAll();
          all.onsuccess = () => {
            resolve(all.result.map(({ name, tags, dueAt }) => ({ name, tags, dueAt })));
            request.result.close();
          };
        };
      }),
  );
}

async function wipe(dashboard: Page): Promise<void> {
  dashboard.once('dialog', (dialog) => void dialog.accept());
  await dashboard.getByTestId('wipe-button').click();
  await expect.poll(async () => (await storedContacts(session().worker)).length).toBe(0);
  await expect.poll(() => dashboard.getByTestId('wipe-button').isEnabled()).toBe(true);
}

async function importBytes(dashboard: Page, name: string, bytes: Uint8Array): Promise<void> {
  await dashboard.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

const NAMES = NORDIC_PEOPLE.map((person) => `${person.first} ${person.last}`).sort();

it.each<[ConnectionsFormat]>([['excel-csv-utf8'], ['excel-finnish-csv'], ['excel-unicode-text']])(
  'imports Connections.csv saved by Excel as %s with every name right; by default no one falls due',
  async (format) => {
    const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
    await wipe(dashboard);
    await importBytes(dashboard, 'Connections.csv', connectionsFile(format));
    await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('4 people added');
    const stored = await storedContacts(session().worker);
    expect(stored.map((contact) => contact.name).sort()).toEqual(NAMES);
    expect(stored.map((contact) => contact.dueAt)).toEqual([null, null, null, null]);
    expect(await badgeText(session().worker)).toBe('');
    await dashboard.close();
  },
);

it('shows for Connections.csv chosen alone what it shows for the export: the rows read, those without a profile address, the reminders', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  const withGone = new TextEncoder().encode(
    `${new TextDecoder().decode(connectionsFile('linkedin'))}Gone,Person,,,,,01 Jan 2020\n`,
  );
  // As a browser names a second download of it.
  await importBytes(dashboard, 'Connections (1).csv', withGone);
  const result = dashboard.getByTestId('import-result');
  await expect.poll(() => result.textContent()).toContain('4 people added');
  expect(await dashboard.getByTestId('import-files').textContent()).toBe(
    'Connections.csv: 4 rows (1 not used: no profile address or date, or declined)',
  );
  expect(await result.textContent()).toContain('You will not be reminded of the people added');
  expect((await storedContacts(session().worker)).map((contact) => contact.name).sort()).toEqual(NAMES);
  await dashboard.close();
});

it('spreads the first follow-ups of people added to a tier over its rhythm', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  const people = Array.from({ length: 60 }, (_, i) => ({ ...NORDIC_PEOPLE[i % 4]!, slug: `person-${i}` }));
  await dashboard.getByTestId('import-reminders-tier').check();
  await dashboard.getByTestId('import-tier-tag').fill('alumni');
  await dashboard.getByTestId('import-tier-cadence').selectOption('7');
  await importBytes(dashboard, 'Connections.csv', connectionsFile('excel-finnish-csv', people));
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('60 people added');

  const stored = await storedContacts(session().worker);
  expect(stored.every((contact) => contact.tags.join() === 'alumni')).toBe(true);
  const perDay = new Map<number, number>();
  for (const { dueAt } of stored) perDay.set(dueAt!, (perDay.get(dueAt!) ?? 0) + 1);
  expect(Math.max(...perDay.values())).toBeLessThanOrEqual(Math.ceil(60 / 7) + 1);
  const days = [...perDay.keys()].map((dueAt) => Math.round((dueAt - Date.now()) / DAY));
  expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...days)).toBeLessThanOrEqual(7);
  expect(await badgeText(session().worker)).toBe('');
  await dashboard.close();
});

it('has the background announce an import: an open LinkedIn panel and the badge follow, though the dashboard sends no message', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(await panel.all('note-item')).toEqual([]);

  // From here the dashboard's own messages go nowhere: whatever tells the tabs must come from the background.
  await dashboard.evaluate(() => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: unknown } } }).chrome.runtime;
    runtime.sendMessage = () => Promise.resolve({ ok: true, data: null });
  });
  const longAgo = Date.now() - 400 * DAY;
  const file = backupFile(
    [backupPerson('aino-virtanen-4b2a1c', longAgo, { name: 'Aino Virtanen', contactedAt: longAgo })],
    [backupNote('imported-note', 'aino-virtanen-4b2a1c', 'Tavattiin Slushissa', longAgo)],
  );
  await dashboard.getByTestId('import-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('1 added');
  await panel.waitFor('note-item', (items) => items.length === 1 && items[0]!.text.includes('Tavattiin Slushissa'));
  await expect.poll(() => badgeText(session().worker)).toBe('1');
  await panel.page.close();
  await dashboard.close();
});

it('says plainly that nothing was imported when the background stops in the middle of an import', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  // 10,000 people: a few seconds of importing, long enough to stop the service worker in the middle.
  const path = join(tmpdir(), `large-${process.pid}.json`);
  writeFileSync(path, generateNetwork(10_000, 5).text);
  await dashboard.getByTestId('import-input').setInputFiles(path);
  await dashboard.getByTestId('import-progress').filter({ hasText: 'Saving people' }).waitFor({ timeout: 20_000 });
  await stopServiceWorker(dashboard);
  await expect
    .poll(() => dashboard.getByTestId('import-error').textContent(), { timeout: 30_000 })
    .toContain('stopped before the import finished');
  // Read on the page itself (the extension's origin): the stopped worker is not there to ask.
  const stored = await dashboard.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('keep-in-touch');
        request.onsuccess = () => {
          const count = request.result.transaction('contacts').objectStore('contacts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(stored).toBe(0);
  rmSync(path);
  await dashboard.close();
});
