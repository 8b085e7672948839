/**
 * axe-core on the panel, the invitation composer, the popup and every page of the dashboard: no serious or
 * critical violations, in English and in Finnish.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ask, localDay, openExtensionPage, openProfile, type PanelDriver } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** What axe said: its violations, and how many of its rules found something to check and passed. */
interface AxeResult {
  violations: Violation[];
  passes: number;
}

/**
 * The violations that stop someone: serious and critical ones, each with where it is. An axe run that checked
 * next to nothing (the page not there yet) is itself a failure.
 */
function blocking({ violations, passes }: AxeResult): string[] {
  if (passes < 10) return [`axe checked too little: ${passes} rules passed`];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((n) => n.target))}`,
    );
}

/** axe on an extension page (evaluated through CDP: the pages' CSP allows no injected script tags). */
async function checkPage(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: Violation[]; passes: unknown[] }> } };
    const { violations, passes } = await axe.run();
    return { violations, passes: passes.length };
  });
  return blocking(result);
}

/**
 * axe on the panel. Its shadow root is closed, which axe cannot enter: in the content script's world (which
 * can), a copy of it goes into an open shadow root, styles and all, and axe checks the copy.
 */
async function checkPanel(panel: PanelDriver): Promise<string[]> {
  const result = await panel.evaluate<AxeResult>(`
    ${AXE}
    const host = document.querySelector('keep-in-touch-panel');
    const copy = document.createElement('div');
    copy.id = 'axe-panel-copy';
    copy.attachShadow({ mode: 'open' }).innerHTML = chrome.dom.openOrClosedShadowRoot(host).innerHTML;
    document.body.append(copy);
    try {
      const { violations, passes } = await axe.run('#axe-panel-copy');
      return { violations, passes: passes.length };
    } finally {
      copy.remove();
    }
  `);
  return blocking(result);
}

it('the panel, with a timeline, and the invitation composer', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Met at the design meetup');
  await panel.type('tag-input', 'mentors');
  await panel.page.keyboard.press('Enter');
  await panel.waitFor('tag', (tags) => tags.length === 1);
  expect(await checkPanel(panel)).toEqual([]);

  await panel.click('invite-open');
  // Once the templates have loaded and one is chosen, the composer lists what blocks inserting (no reason yet).
  await panel.waitFor('template-select', ([select]) => select?.text.includes('Met at an event') ?? false);
  await panel.choose('template-select', 'bundled-en-event');
  await panel.waitFor('invite-preview', (previews) => previews.length === 1);
  expect(await checkPanel(panel)).toEqual([]);
  await panel.page.close();
});

it('finds what it should: an unlabelled field and faint text fail', async () => {
  const popup = await openExtensionPage(session(), 'popup.html');
  await popup.getByTestId('open-dashboard').waitFor();
  await popup.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<input type="text"><p style="color:#eee">faint</p>');
  });
  const problems = await checkPage(popup);
  expect(problems.some((problem) => problem.startsWith('label:'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('color-contrast:'))).toBe(true);
  await popup.close();
});

it('the popup', async () => {
  const popup = await openExtensionPage(session(), 'popup.html');
  await popup.getByTestId('open-dashboard').waitFor();
  expect(await checkPage(popup)).toEqual([]);
  await popup.close();
});

it('the popup with someone overdue and someone due today, in light and dark', async () => {
  for (const [path, daysAgo] of [
    ['/in/aino-virtanen-4b2a1c/', 30],
    ['/in/liisa-makela/', 7],
  ] as const) {
    const panel = await openProfile(session().context, path);
    await panel.waitForPerson(path.split('/')[2]);
    await panel.choose('cadence-select', '7');
    await panel.waitFor('cadence-select', ([select]) => select?.value === '7');
    await panel.choose('last-contact', localDay(-daysAgo));
    await panel.waitFor('due-status', ([status]) => status?.attributes['data-kind'] !== 'upcoming');
    await panel.page.close();
  }
  const popup = await openExtensionPage(session(), 'popup.html');
  const statuses = popup.getByTestId('due-status');
  await expect.poll(() => statuses.count()).toBe(2);
  expect(await statuses.evaluateAll((all) => all.map((status) => status.className))).toEqual([
    'due due-overdue',
    'due due-today',
  ]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await checkPage(popup), colorScheme).toEqual([]);
  }
  await popup.close();
});

it.each(['#contacts', '#tags', '#plan', '#review', '#templates', '#settings', '#backup', '#sync'])(
  'the dashboard: %s',
  async (hash) => {
    const page = await openExtensionPage(session(), `dashboard.html${hash}`);
    await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
    await page.waitForTimeout(200);
    expect(await checkPage(page)).toEqual([]);
    await page.close();
  },
);

it('the side panel: a person, and elsewhere the search and lists', async () => {
  const profile = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await profile.waitForPerson('aino-virtanen-4b2a1c');
  const url = profile.page.url();
  type Tabs = { chrome: { tabs: { query(query: object): Promise<{ id: number }[]> } } };
  const asking = await openExtensionPage(session(), 'popup.html');
  const [tab] = await asking.evaluate((url) => (globalThis as unknown as Tabs).chrome.tabs.query({ url }), url);
  await asking.close();
  // With the panel in the page, the side panel says so; with the side panel chosen, it shows the person.
  for (const [place, pinned, ready] of [
    ['in-page', tab!.id, 'side-panel-in-page'],
    ['side-panel', tab!.id, 'note-input'],
    ['side-panel', 0, 'side-search'], // no such tab: no one on screen
  ] as const) {
    await ask(session(), 'settings.update', { patch: { panelPlace: place } });
    const page = await openExtensionPage(session(), `sidepanel.html?tab=${pinned}`);
    await page.getByTestId(ready).waitFor();
    await page.waitForTimeout(200);
    expect(await checkPage(page), ready).toEqual([]);
    await page.close();
  }
  await ask(session(), 'settings.update', { patch: { panelPlace: 'in-page' } });
  await profile.page.close();
});

it('the welcome page', async () => {
  const page = await openExtensionPage(session(), 'welcome.html');
  await page.getByTestId('welcome').waitFor();
  expect(await checkPage(page)).toEqual([]);
  await page.close();
});

it("the dashboard: a contact's page", async () => {
  const page = await openExtensionPage(session(), 'dashboard.html#contact/aino-virtanen-4b2a1c');
  await page.getByTestId('note-item').first().waitFor();
  expect(await checkPage(page)).toEqual([]);
  await page.close();
});

it('the dashboard and the panel in Finnish', async () => {
  const settings = await openExtensionPage(session(), 'dashboard.html#settings');
  await settings.getByTestId('settings-language').selectOption('fi');
  await expect.poll(() => settings.evaluate(() => document.documentElement.lang)).toBe('fi');
  expect(await checkPage(settings)).toEqual([]);

  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(await checkPanel(panel)).toEqual([]);

  await settings.getByTestId('settings-language').selectOption('browser');
  await expect.poll(() => settings.evaluate(() => document.documentElement.lang)).not.toBe('fi');
  await panel.page.close();
  await settings.close();
});

it('works from the keyboard: search, then Tab to a person and Enter opens them, with focus visible', async () => {
  const page = await openExtensionPage(session(), 'dashboard.html#contacts');
  await page.getByTestId('search-input').focus();
  await page.keyboard.type('aino');
  await expect.poll(() => page.getByTestId('contact-row').count()).toBe(1);
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'contact-row')) break;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await page.getByTestId('contact-page').waitFor();
  await page.close();
});
