/** The dashboard in real Chromium: the list, search, a contact's page, tags, and backups that round-trip. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { backupFile, backupPerson } from '../helpers/backup-files';
import { badgeText, countContacts, localDay, openExtensionPage, openProfile, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();
const FINNISH_PANEL_TITLE = JSON.parse(readFileSync('public/_locales/fi/messages.json', 'utf8')).panelTitle.message;

const openDashboard = (hash = '') => openExtensionPage(session(), `dashboard.html${hash}`);

/** The text of a download the page starts with `start`. */
async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

it('shows a contact made in the panel, finds them by a word of a note without its accents, and edits them in place', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.type('note-input', 'Kahvit Hämeenlinnassa, puhuttiin saavutettavuudesta');
  await panel.click('note-save');
  await panel.waitFor('note-item', (items) => items.length === 1);
  await panel.type('tag-input', 'mentors');
  await panel.page.keyboard.press('Enter');
  await panel.waitFor('tag', (tags) => tags.length === 1);

  const dashboard = await openDashboard();
  const rows = dashboard.getByTestId('contact-row');
  await expect.poll(() => rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain('Aino Virtanen');

  await dashboard.getByTestId('search-input').fill('hameenlinna');
  await expect.poll(() => rows.count()).toBe(1);
  await dashboard.getByTestId('search-input').fill('hameenlinna tampere');
  await expect.poll(() => rows.count()).toBe(1); // the location
  await dashboard.getByTestId('search-input').fill('helsinki');
  await expect.poll(() => rows.count()).toBe(0);
  await dashboard.getByTestId('search-input').fill('');
  await dashboard.getByTestId('tag-filter').selectOption('mentors');
  await expect.poll(() => rows.count()).toBe(1);
  await dashboard.getByTestId('status-filter').selectOption('never-contacted');
  await expect.poll(() => rows.count()).toBe(1);
  await dashboard.getByTestId('status-filter').selectOption('overdue');
  await expect.poll(() => rows.count()).toBe(0);
  await dashboard.getByTestId('status-filter').selectOption('all');

  // The contact's page has the panel's timeline; a note added there shows in the panel's tab at once.
  await rows.first().click();
  const page = dashboard.getByTestId('contact-page');
  await expect.poll(() => page.getByTestId('note-item').count()).toBe(1);
  await page.getByTestId('note-input').fill('Sent her the accessibility checklist');
  await page.getByTestId('note-save').click();
  await expect.poll(() => page.getByTestId('note-item').count()).toBe(2);
  await panel.waitFor('note-item', (items) => items.length === 2);

  // Last contact set here: the list shows it after going back.
  await page.getByTestId('last-contact').fill(localDay(-200));
  await expect.poll(() => badgeText(session().worker)).toBe('1');
  await dashboard.goBack();
  await dashboard.getByTestId('status-filter').selectOption('overdue');
  await expect.poll(() => rows.count()).toBe(1);
  await panel.page.close();
  await dashboard.close();
});

it('refuses a malformed backup or an empty file with a message that names the problem, and changes nothing', async () => {
  const dashboard = await openDashboard('#backup');
  const before = await countContacts(session().worker);
  const input = dashboard.getByTestId('import-input');

  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "keep-in-to'),
  });
  const error = () => dashboard.getByTestId('import-error').textContent();
  // Said in words, with what was expected; not the parser's "Unexpected end of JSON input".
  await expect.poll(error).toContain('This file cannot be read: it is damaged or cut short.');
  expect(await error()).toContain('Choose a backup made by Keep in touch, LinkedIn');
  expect(await error()).not.toMatch(/JSON|Unexpected/);

  await input.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect.poll(error).toContain('Connections.csv is empty.');
  expect(await error()).toContain('Nothing was imported or changed.');

  const badField = {
    format: 'keep-in-touch-backup',
    version: 1,
    contacts: [{ key: 'x', aliases: ['x'], name: 42 }],
    interactions: [],
    templates: [],
    settings: {},
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(badField)),
  });
  await expect.poll(() => dashboard.getByTestId('import-error').textContent()).toContain('contacts[0].name');

  await input.setInputFiles({
    name: 'new.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...badField, version: 9 })),
  });
  await expect.poll(() => dashboard.getByTestId('import-error').textContent()).toContain('version 9');

  await input.setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,town\nAino,Tampere\n'),
  });
  await expect.poll(() => dashboard.getByTestId('import-error').textContent()).toContain('Connections.csv');

  expect(await dashboard.getByTestId('import-result').count()).toBe(0);
  expect(await countContacts(session().worker)).toBe(before);
  await dashboard.close();
});

it('exports, wipes, imports, and exports the same file again; the badge comes back with the data', async () => {
  const dashboard = await openDashboard('#backup');
  const first = await downloaded(dashboard, () => dashboard.getByTestId('export-button').click());
  expect(first.name).toMatch(/^keep-in-touch-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(first.text).people).toHaveLength(1);
  await expect.poll(() => dashboard.getByTestId('last-backup').textContent()).toContain('Last backup');

  dashboard.once('dialog', (dialog) => void dialog.accept());
  await dashboard.getByTestId('wipe-button').click();
  await expect.poll(() => countContacts(session().worker)).toBe(0);
  await expect.poll(() => badgeText(session().worker)).toBe('');

  await dashboard.getByTestId('import-input').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('1 added');
  expect(await countContacts(session().worker)).toBe(1);
  await expect.poll(() => badgeText(session().worker)).toBe('1');

  const second = await downloaded(dashboard, () => dashboard.getByTestId('export-button').click());
  expect(second.text).toBe(first.text);
  await dashboard.close();
});

it("starts a network from LinkedIn's Connections.csv, and deletes a person with undo", async () => {
  const dashboard = await openDashboard('#backup');
  const csv = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Mikko,Korhonen,https://www.linkedin.com/in/mikko-korhonen-77,,Kide Analytics,Data engineer,03 Feb 2019',
    'Aino,Virtanen,https://www.linkedin.com/in/aino-virtanen-4b2a1c,,Revontuli Oy,Designer,21 Nov 2024',
  ].join('\r\n');
  await dashboard
    .getByTestId('import-input')
    .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('1 person added, 1 updated');

  await dashboard.goto(dashboard.url().replace('#backup', '#contacts'));
  const rows = dashboard.getByTestId('contact-row');
  await expect.poll(() => rows.count()).toBe(2);
  await dashboard.setViewportSize({ width: 1100, height: 560 });
  await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard.png` });
  await dashboard.getByTestId('search-input').fill('kide');
  await expect.poll(() => rows.count()).toBe(1);
  await rows.first().click();
  const page = dashboard.getByTestId('contact-page');
  await expect.poll(() => page.textContent()).toMatch(/connected on .*2019/);
  await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard-contact.png`, fullPage: true });
  // On a page the panel's parts are as tall as what they hold: the page scrolls, not a box inside it.
  const fits = await dashboard.evaluate(() => {
    const body = document.querySelector('.panel-styles')!.shadowRoot!.querySelector('.body')!;
    return body.scrollHeight <= body.clientHeight;
  });
  expect(fits).toBe(true);

  await page.getByTestId('contact-delete').click();
  await expect.poll(() => countContacts(session().worker)).toBe(1);
  await dashboard.getByTestId('undo').click();
  await expect.poll(() => countContacts(session().worker)).toBe(2);
  await dashboard.close();
});

it('joins a duplicate into the person, found by search on their page, after a confirmation', async () => {
  const dashboard = await openDashboard('#backup');
  const csv = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Aino,Virtanen,https://www.linkedin.com/in/aino-virtanen-design,aino@example.org,Revontuli Oy,,01 Mar 2020',
  ].join('\r\n');
  await dashboard
    .getByTestId('import-input')
    .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('1 person added');
  const before = await countContacts(session().worker);

  // The duplicate has a timeline of its own, which the merge keeps.
  await dashboard.goto(dashboard.url().replace('#backup', '#contact/aino-virtanen-design'));
  const page = dashboard.getByTestId('contact-page');
  await page.getByTestId('note-input').fill('Asked about the Oulu office');
  await page.getByTestId('note-save').click();
  // The note, and the import's "Connected on LinkedIn".
  await expect.poll(() => page.getByTestId('note-item').count()).toBe(2);

  await dashboard.goto(dashboard.url().replace('#contact/aino-virtanen-design', '#contact/aino-virtanen-4b2a1c'));
  // The first test's notes, and her connection from the Connections.csv test before.
  await expect.poll(() => page.getByTestId('note-item').count()).toBe(3);
  await page.getByTestId('merge-search').fill('aino');
  const candidates = page.getByTestId('merge-candidate');
  await expect.poll(() => candidates.count()).toBe(1); // the duplicate, never the person themselves
  await candidates.first().click();
  expect(await countContacts(session().worker)).toBe(before); // nothing happens before the confirmation
  await page.getByTestId('merge-confirm').click();

  await expect.poll(() => countContacts(session().worker)).toBe(before - 1);
  await expect.poll(() => page.textContent()).toContain('aino@example.org');
  await expect.poll(() => page.getByTestId('note-item').count()).toBe(5);
  await dashboard.close();
});

it('speaks Finnish everywhere once chosen in the settings, in an English browser', async () => {
  const dashboard = await openDashboard('#settings');
  await dashboard.getByTestId('settings-language').selectOption('fi');
  // The page reloads itself in the chosen language.
  await expect.poll(() => dashboard.getByRole('navigation').textContent()).toContain('Kontaktit');
  expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('fi');

  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('panel', ([root]) => root?.text.includes(FINNISH_PANEL_TITLE) ?? false);

  await dashboard.getByTestId('settings-language').selectOption('browser');
  await expect.poll(() => dashboard.getByRole('navigation').textContent()).toContain('Contacts');
  await panel.page.close();
  await dashboard.close();
});

it('refuses a backup of 100,001 people without freezing the page: the work is in the background', async () => {
  const dashboard = await openDashboard('#backup');
  const before = await countContacts(session().worker);
  const huge = backupFile(Array.from({ length: 100_001 }, (_, i) => backupPerson(`person-${i}`, 0)));
  // A file on disk, as a user chooses one (Playwright would build a buffer's File in the page itself).
  const path = join(tmpdir(), `huge-backup-${process.pid}.json`);
  writeFileSync(path, huge);

  // The page's clock ticks every 10 ms while the import runs; the longest gap says whether it froze.
  await dashboard.evaluate(() => {
    const ticks: number[] = [];
    (window as unknown as { ticks: number[] }).ticks = ticks;
    setInterval(() => ticks.push(performance.now()), 10);
  });
  await dashboard.getByTestId('import-input').setInputFiles(path);
  await expect
    .poll(() => dashboard.getByTestId('import-error').textContent(), { timeout: 30_000 })
    .toMatch(/100,001 people; at most 100,000/);
  const longestGap = await dashboard.evaluate(() => {
    const { ticks } = window as unknown as { ticks: number[] };
    return Math.max(...ticks.slice(1).map((tick, i) => tick - ticks[i]!));
  });
  // The page only puts the file down for the background; parsing the 25 MB file on the page itself would stall
  // it for 300 ms or more.
  expect(longestGap).toBeLessThan(150);
  expect(await countContacts(session().worker)).toBe(before);
  rmSync(path);
  await dashboard.close();
});
