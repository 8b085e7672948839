/**
 * The first-run welcome in real Chromium: the tab the install opens, Skip that saves nothing, a walk through its
 * steps from the dashboard's link (a name, LinkedIn's Connections.csv, tiers beside the user's own), the keyboard,
 * and Finnish once it is chosen on its language step.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Settings } from '@/utils/settings';
import { strToU8, zipSync } from 'fflate';
import { fixtureExport } from '../helpers/linkedin-export';
import { ask, countContacts, openExtensionPage, SCREENSHOTS, type Session } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile(undefined, 'en-US', undefined, { keepWelcome: true });

const settingsOf = (session: Session) => ask(session, 'settings.get', {}) as Promise<Settings>;

/** What has the keyboard's focus: its tag and text, e.g. "H2 Your name". */
const focused = (page: Page) =>
  page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);

/** Waits for the page to close, after `act`. */
async function closedBy(page: Page, act: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('close'), act()]);
}

it('opens on install, and Skip closes it without saving anything', async () => {
  const welcome = session().welcome!;
  expect(welcome.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/);
  await welcome.getByTestId('welcome').waitFor();
  await expect.poll(() => focused(welcome)).toBe('H2 Your name');

  // Typed, but never confirmed with Next: Skip leaves it unsaved.
  await welcome.getByTestId('welcome-name').fill('Not saved');
  await closedBy(welcome, () => welcome.getByTestId('welcome-skip').click());

  const settings = await settingsOf(session());
  expect(settings).toMatchObject({ myName: '', language: 'browser', tagCadences: {} });
  expect(await countContacts(session().worker)).toBe(0);
});

it('opens again from the dashboard, and saves a name, adds tiers to the user’s own, then imports LinkedIn’s export into one', async () => {
  await ask(session(), 'settings.update', { patch: { tagCadences: { alumni: 7 } } });
  const dashboard = await openExtensionPage(session(), 'dashboard.html#settings');
  const [welcome] = await Promise.all([
    session().context.waitForEvent('page'),
    dashboard.getByTestId('welcome-open').click(),
  ]);
  await welcome.getByTestId('welcome').waitFor();

  // The keyboard alone: from the focused heading to the field, and Enter for Next.
  await expect.poll(() => focused(welcome)).toBe('H2 Your name');
  await welcome.keyboard.press('Tab');
  await welcome.keyboard.type('Aino Virtanen');
  await welcome.keyboard.press('Enter');
  await expect.poll(() => focused(welcome)).toBe('H2 Language');
  await welcome.getByTestId('welcome-next').click();

  // Where the panel lives, the trade-off said for each; the side panel chosen.
  await expect.poll(() => focused(welcome)).toBe('H2 Where the panel lives');
  expect(await welcome.getByTestId('settings-panel-place').inputValue()).toBe('in-page');
  await welcome.getByTestId('settings-panel-place').selectOption('side-panel');
  await welcome.getByTestId('welcome-next').click();

  await expect.poll(() => focused(welcome)).toBe('H2 Tiers and rhythms');

  const tiers = welcome.getByTestId('welcome-tier');
  expect(await tiers.allTextContents()).toEqual([
    expect.stringContaining('mentors'),
    expect.stringContaining('former colleagues'),
    expect.stringContaining('clients'),
    expect.stringContaining('friends in the industry'),
  ]);
  await tiers.nth(0).getByRole('checkbox').check();
  // Choosing a rhythm ticks the tier.
  await tiers.nth(1).getByRole('combobox', { name: 'Rhythm for former colleagues' }).selectOption('60');
  await welcome.screenshot({ path: `${SCREENSHOTS}/welcome.png` });
  await welcome.getByTestId('welcome-next').click();

  // Tiers first, then the import, which offers them: the people it adds go to the tier chosen.
  await expect.poll(() => focused(welcome)).toBe('H2 Your LinkedIn connections');
  await welcome.getByTestId('import-reminders-tier').check();
  await welcome.getByTestId('import-tier-tag').fill('mentors');
  // LinkedIn's data export as downloaded, its ZIP.
  const exportZip = zipSync(Object.fromEntries(fixtureExport('basic').map((file) => [file.path, strToU8(file.text)])));
  await welcome.getByTestId('welcome-import').setInputFiles({
    name: 'Basic_LinkedInDataExport_03-12-2026.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(exportZip),
  });
  await expect.poll(() => welcome.getByTestId('import-result').textContent()).toContain('4 people added');
  expect(await welcome.getByTestId('import-result').textContent()).toContain('tagged mentors');
  await welcome.getByTestId('welcome-next').click();

  // The goal is about one of the tiers, the user's own among them.
  await expect.poll(() => focused(welcome)).toBe('H2 A first goal');
  const who = welcome.getByRole('combobox', { name: 'With whom (a tier)' });
  expect((await who.locator('option').allTextContents()).sort()).toEqual(['alumni', 'former colleagues', 'mentors']);
  await welcome.getByTestId('welcome-skip-step').click();

  await expect.poll(() => focused(welcome)).toBe('H2 All set');
  await closedBy(welcome, () => welcome.getByTestId('welcome-done').click());

  const settings = await settingsOf(session());
  expect(settings.myName).toBe('Aino Virtanen');
  expect(settings.panelPlace).toBe('side-panel');
  expect(settings.tagCadences).toEqual({ alumni: 7, mentors: 30, 'former colleagues': 60 });
  expect(await countContacts(session().worker)).toBe(4);
  // The dashboard shows the name it saved, and the tiers chosen, even the one nobody is tagged with yet.
  await dashboard.reload();
  expect(await dashboard.getByTestId('settings-my-name').inputValue()).toBe('Aino Virtanen');
  await dashboard.goto(dashboard.url().replace('#settings', '#tags'));
  const tagRows = dashboard.getByTestId('tag-row');
  await expect
    .poll(() => tagRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tag'))))
    .toEqual(['alumni', 'former colleagues', 'mentors']);
  await dashboard.close();
});

it('keeps the first goal one goal: Back shows it, and Next again changes it', async () => {
  const welcome = await openExtensionPage(session(), 'welcome.html#goal');
  await expect.poll(() => focused(welcome)).toBe('H2 A first goal');
  const title = welcome.getByTestId('welcome-goal-title');
  await title.fill('Keep up with mentors');
  await welcome.getByRole('combobox', { name: 'With whom (a tier)' }).selectOption('mentors');
  await welcome.getByTestId('welcome-next').click();
  await expect.poll(() => focused(welcome)).toBe('H2 All set');

  await welcome.getByTestId('welcome-back').click();
  await expect.poll(() => focused(welcome)).toBe('H2 A first goal');
  await expect.poll(() => title.inputValue()).toBe('Keep up with mentors');
  await welcome.getByRole('spinbutton', { name: 'Contacts a month' }).fill('3');
  await welcome.getByTestId('welcome-next').click();
  await expect.poll(() => focused(welcome)).toBe('H2 All set');

  const goals = (await ask(session(), 'goals.list', {})) as { title: string; target: number; who: object }[];
  expect(goals).toEqual([
    expect.objectContaining({ title: 'Keep up with mentors', target: 3, who: { kind: 'tag', tag: 'mentors' } }),
  ]);
  await welcome.close();
});

it('says a goal needs a name rather than dropping what was typed, and moves on when nothing was', async () => {
  const welcome = await openExtensionPage(session(), 'welcome.html#goal');
  await expect.poll(() => focused(welcome)).toBe('H2 A first goal');
  const why = welcome.getByRole('textbox', { name: 'Why it matters to you' });
  await why.fill('They know the field');
  await welcome.getByTestId('welcome-next').click();
  await expect.poll(() => welcome.getByRole('alert').textContent()).toBe('Give the goal a name, or skip this step.');
  expect(await welcome.getByRole('heading', { level: 2 }).textContent()).toBe('A first goal');

  await why.fill('');
  await welcome.getByTestId('welcome-next').click();
  await expect.poll(() => focused(welcome)).toBe('H2 All set');
  expect(await ask(session(), 'goals.list', {})).toHaveLength(1); // the one of the test before
  await welcome.close();
});

it('speaks Finnish as soon as Finnish is chosen on its language step, and suggests Finnish tiers', async () => {
  const welcome = await openExtensionPage(session(), 'welcome.html#language');
  await expect.poll(() => focused(welcome)).toBe('H2 Language');
  await welcome.getByTestId('welcome-language').getByRole('radio', { name: 'suomi' }).check();

  // The page reloads in Finnish, on the same step.
  await expect.poll(() => focused(welcome), { timeout: 10_000 }).toBe('H2 Kieli');
  expect(await welcome.getByTestId('welcome-next').textContent()).toBe('Seuraava');
  expect(await welcome.getByTestId('welcome-skip').textContent()).toBe('Ohita käyttöönotto');
  expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('fi');

  await welcome.getByRole('link', { name: 'Tasot ja rytmit' }).click();
  await expect.poll(() => focused(welcome)).toBe('H2 Tasot ja rytmit');
  expect(await welcome.getByTestId('welcome-tier').allTextContents()).toEqual([
    expect.stringContaining('mentorit'),
    expect.stringContaining('entiset kollegat'),
    expect.stringContaining('asiakkaat'),
    expect.stringContaining('alan ystävät'),
  ]);
  expect((await settingsOf(session())).language).toBe('fi');
  await welcome.close();
});
