/**
 * LinkedIn's data export imported through the dashboard in real Chromium: its ZIP in two parts at once, what
 * the result says, the suggestion from history, the same export again adding nothing, and a ZIP that is not
 * LinkedIn's refused with nothing changed.
 */
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fixtureExport } from '../helpers/linkedin-export';
import { countContacts, openExtensionPage, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

function zipOf(files: { path: string; text: string }[]): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)]))));
}

/** The fixture export as LinkedIn sends a large one: in two parts. */
function parts() {
  const files = fixtureExport('basic');
  const half = Math.floor(files.length / 2);
  return [
    {
      name: 'Complete_LinkedInDataExport_03-12-2026.zip',
      mimeType: 'application/zip',
      buffer: zipOf(files.slice(0, half)),
    },
    {
      name: 'Complete_LinkedInDataExport_03-12-2026 (1).zip',
      mimeType: 'application/zip',
      buffer: zipOf(files.slice(half)),
    },
  ];
}

async function wipe(dashboard: Page): Promise<void> {
  dashboard.once('dialog', (dialog) => void dialog.accept());
  await dashboard.getByTestId('wipe-button').click();
  await expect.poll(() => countContacts(session().worker)).toBe(0);
  await expect.poll(() => dashboard.getByTestId('wipe-button').isEnabled()).toBe(true);
}

it('imports the export’s ZIP in two parts at once, says what it read, and the same export again adds nothing', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  await dashboard.getByTestId('import-input').setInputFiles(parts());
  const result = dashboard.getByTestId('import-result');
  await expect.poll(() => result.textContent()).toContain('4 people added');
  const files = await dashboard.getByTestId('import-files').locator('li').allTextContents();
  expect(files).toEqual(
    expect.arrayContaining([
      'messages.csv: 9 rows',
      'Connections.csv: 3 rows (1 not used: no profile address or date, or declined)',
    ]),
  );
  expect(await dashboard.getByTestId('import-skipped').textContent()).toContain('2 files skipped');
  expect(await result.textContent()).toContain('The texts of the messages were not kept');
  await result.screenshot({ path: `${SCREENSHOTS}/import-export-result.png` });
  expect(await countContacts(session().worker)).toBe(4);

  // The suggestion from history: Aino, written to in April, is the one person of the last year.
  await expect.poll(() => dashboard.getByTestId('import-suggestion').textContent()).toContain('1 person you wrote to');
  await dashboard.getByTestId('import-suggestion-apply').click();
  await expect.poll(() => dashboard.getByTestId('import-suggestion-applied').textContent()).toContain('Done: 1 person');

  await dashboard.getByTestId('import-input').setInputFiles(parts());
  await expect
    .poll(() => result.textContent())
    .toContain('0 people added, 0 updated, 4 already up to date. 0 entries added');
  expect(await countContacts(session().worker)).toBe(4);
  await dashboard.close();
});

it('shows the export’s entries in the language chosen after the import', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  await dashboard.getByTestId('import-input').setInputFiles(parts());
  await expect.poll(() => dashboard.getByTestId('import-result').textContent()).toContain('4 people added');
  const entries = () => dashboard.getByTestId('contact-page').getByTestId('note-item').allTextContents();

  await dashboard.goto(dashboard.url().replace('#backup', '#contact/aino-makela'));
  await expect.poll(() => entries().then((texts) => texts.join('|'))).toContain('Connected on LinkedIn');
  // Opened and saved as it was, an entry is no edit: its words still follow the language.
  const connected = dashboard.getByTestId('note-item').filter({ hasText: 'Connected on LinkedIn' });
  await connected.getByTestId('note-edit').click();
  await dashboard.keyboard.press('Control+Enter');
  await connected.getByTestId('note-edit').waitFor();

  await dashboard.goto(dashboard.url().replace('#contact/aino-makela', '#settings'));
  await dashboard.getByTestId('settings-language').selectOption('fi');
  await expect.poll(() => dashboard.evaluate(() => document.documentElement.lang)).toBe('fi');
  await dashboard.goto(dashboard.url().replace('#settings', '#contact/aino-makela'));
  await expect.poll(() => entries().then((texts) => texts.join('|'))).toContain('Yhteys muodostettiin LinkedInissä');
  const finnish = (await entries()).join('|');
  expect(finnish).toContain('3 viestiä LinkedInissä');
  expect(finnish).not.toContain('Connected on LinkedIn');

  await dashboard.goto(dashboard.url().replace('#contact/aino-makela', '#settings'));
  await dashboard.getByTestId('settings-language').selectOption('browser');
  await expect.poll(() => dashboard.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  await dashboard.close();
});

it('refuses a ZIP that is not LinkedIn’s export, and changes nothing', async () => {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await wipe(dashboard);
  await dashboard.getByTestId('import-input').setInputFiles({
    name: 'holiday.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync({ 'photos/beach.txt': strToU8('sunny') })),
  });
  await expect
    .poll(() => dashboard.getByTestId('import-error').textContent())
    .toContain("holiday.zip is not LinkedIn's data export");
  expect(await countContacts(session().worker)).toBe(0);
  await dashboard.close();
});
