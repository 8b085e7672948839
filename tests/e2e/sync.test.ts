/**
 * Sync between two computers: two browser profiles, each with the sync tests' build of the extension (which may
 * reach 127.0.0.1 without a permission prompt: wxt.config.ts), and a CouchDB-protocol server started here.
 * Each writes a note offline; both turn sync on; both see both notes; a delete crosses over; a wrong passphrase
 * is told and changes nothing; the server holds no name, slug or note.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { openExtensionPage, openProfile, SCREENSHOTS, startSession, storedInteractions, type Session } from './harness';

const EXTENSION = resolve('.output-sync-test/chrome-mv3');
const PASSPHRASE = 'kaksi kahvia ja korvapuusti';
const AINO = '/in/aino-virtanen-4b2a1c/';

let server: CouchServer;
let work: Session;
let home: Session;

beforeAll(async () => {
  server = await startCouchServer();
  work = await startSession(undefined, 'en-US', EXTENSION);
  home = await startSession(undefined, 'en-US', EXTENSION);
});
afterAll(async () => {
  await work?.close();
  await home?.close();
  await server?.stop();
});

async function writeNote(session: Session, text: string): Promise<void> {
  const panel = await openProfile(session.context, AINO);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote(text);
  await panel.page.close();
}

async function notesOf(session: Session): Promise<string[]> {
  const panel = await openProfile(session.context, AINO);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const notes = await panel.noteTexts();
  await panel.page.close();
  return notes.sort();
}

/** The dashboard's sync section, with the form filled in. */
async function fillSyncForm(session: Session, passphrase: string): Promise<Page> {
  const page = await openExtensionPage(session, 'dashboard.html#sync');
  await page.getByTestId('sync-url').fill(server.databaseUrl);
  await page.getByTestId('sync-username').fill(server.username);
  await page.getByTestId('sync-password').fill(server.password);
  await page.getByTestId('sync-passphrase').fill(passphrase);
  return page;
}

const status = (page: Page) => page.getByTestId('sync-status').textContent();

it('two computers that each wrote a note offline both see both notes once sync is on', async () => {
  await writeNote(work, 'Met at Slush (work laptop)');
  await writeNote(home, 'Coffee in Tampere (home computer)');

  const workSync = await fillSyncForm(work, PASSPHRASE);
  await workSync.getByTestId('sync-enable').click();
  await expect.poll(() => status(workSync), { timeout: 20_000 }).toContain('Last synced');

  const homeSync = await fillSyncForm(home, PASSPHRASE);
  await homeSync.getByTestId('sync-enable').click();
  await expect.poll(() => status(homeSync), { timeout: 20_000 }).toContain('Last synced');
  await homeSync.screenshot({ path: `${SCREENSHOTS}/sync.png` });

  await workSync.getByTestId('sync-now').click();
  await expect.poll(() => status(workSync), { timeout: 20_000 }).toMatch(/1 received/);

  for (const session of [work, home]) {
    expect(await notesOf(session)).toEqual(['Coffee in Tampere (home computer)', 'Met at Slush (work laptop)']);
  }
  await workSync.close();
  await homeSync.close();
});

it('carries a deleted note over to the other computer', async () => {
  const panel = await openProfile(work.context, AINO);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const index = (await panel.noteTexts()).indexOf('Met at Slush (work laptop)');
  await panel.click('note-delete', index);
  await panel.click('note-delete-confirm');
  await panel.waitFor('note-item', (items) => items.length === 1);
  await panel.page.close();

  // The work laptop sends the change by itself a few seconds later; the home computer asks until it comes.
  const homeSync = await openExtensionPage(home, 'dashboard.html#sync');
  await expect
    .poll(
      async () => {
        await homeSync.getByTestId('sync-now').click();
        return (await storedInteractions(home.worker)).length;
      },
      { timeout: 30_000, interval: 2000 },
    )
    .toBe(1);
  expect(await notesOf(home)).toEqual(['Coffee in Tampere (home computer)']);
  await homeSync.close();
});

it('tells a computer joining with the wrong passphrase so, and writes nothing there or on the server', async () => {
  const third = await startSession(undefined, 'en-US', EXTENSION);
  try {
    const before = await server.rawText();
    const page = await fillSyncForm(third, 'not the passphrase at all');
    await page.getByTestId('sync-enable').click();
    await expect.poll(() => page.getByTestId('sync-error').textContent()).toContain('not the passphrase');
    expect(await status(page)).toContain('Sync is off');
    expect(await server.rawText()).toBe(before);
    expect(await storedInteractions(third.worker)).toEqual([]);
  } finally {
    await third.close();
  }
});

it('leaves on the server no name, slug or note: only encrypted documents', async () => {
  const raw = await server.rawText();
  expect(raw).toContain('keep-in-touch-sync'); // the meta document
  for (const secret of ['Aino', 'aino-virtanen', 'Slush', 'Tampere', 'Revontuli']) expect(raw).not.toContain(secret);
});

it('turns sync off on one computer: the login, the keys and the replica go; the notes stay', async () => {
  const page = await openExtensionPage(home, 'dashboard.html#sync');
  await page.getByTestId('sync-disable').click();
  await expect.poll(() => status(page)).toContain('Sync is off');
  const databases = await home.worker.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name),
  );
  expect(databases).not.toContain('_pouch_keep-in-touch-sync');
  expect(await notesOf(home)).toEqual(['Coffee in Tampere (home computer)']);
  await page.close();
});
