/**
 * The panel in the browser's side panel (issue 24): the same panel, outside LinkedIn's page. A side panel cannot
 * be opened by automation, so the test opens its page pinned to the profile's tab (`sidepanel.html?tab=<id>`),
 * as "pop out into a window" does. With the side panel chosen, the page's DOM is exactly the page without the
 * extension; and the choice takes effect on an open tab without a reload.
 */
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { findChromium } from '../../scripts/lib/chromium.mjs';
import { browserForFile } from './browser-for-file';
import {
  ORIGIN,
  PanelDriver,
  SCREENSHOTS,
  ask,
  fixtureRoutes,
  navigateInApp,
  openExtensionPage,
  openPopup,
  sleep,
  storedInteractions,
} from './harness';

const session = browserForFile();
const AINO = '/in/aino-virtanen-4b2a1c/';

type ChromeOnPage = {
  chrome: {
    tabs: {
      query(query: object): Promise<{ id: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
};

/** Chooses where the panel lives in the dashboard's settings, and waits until the LinkedIn tabs can know it. */
async function choosePlace(place: 'in-page' | 'side-panel'): Promise<void> {
  const dashboard = await openExtensionPage(session(), 'dashboard.html#settings');
  await dashboard.getByTestId('settings-panel-place').selectOption(place);
  const stored = () =>
    dashboard.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeOnPage;
      return (await chrome.storage.local.get('panelPlace')).panelPlace;
    });
  // Also called before and after the tests, where expect.poll is not allowed.
  for (let tries = 0; (await stored()) !== place; tries++) {
    if (tries > 100) throw new Error(`panelPlace never became ${place}`);
    await sleep(50);
  }
  await dashboard.close();
}

/** The browser's id of the tab showing `page`, asked from an extension page. */
async function tabIdOf(page: Page): Promise<number> {
  const asking = await openExtensionPage(session(), 'popup.html');
  const url = page.url();
  const [tab] = await asking.evaluate((url) => (globalThis as unknown as ChromeOnPage).chrome.tabs.query({ url }), url);
  await asking.close();
  return tab!.id;
}

/** The side panel's page, pinned to the tab of `page`. */
async function sidePanelFor(page: Page): Promise<Page> {
  const panel = await openExtensionPage(session(), `sidepanel.html?tab=${await tabIdOf(page)}`);
  await panel.setViewportSize({ width: 360, height: 900 });
  return panel;
}

async function openTab(path: string): Promise<Page> {
  const page = await session().context.newPage();
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** The README's picture: the profile's tab and the side panel beside it, as the browser shows them. */
async function besideEachOther(tab: Page, panel: Page, path: string): Promise<void> {
  const height = 760;
  await tab.setViewportSize({ width: 1000, height });
  await panel.setViewportSize({ width: 360, height });
  const [left, right] = [await tab.screenshot(), await panel.screenshot()];
  const canvas = await session().context.newPage();
  await canvas.setViewportSize({ width: 1361, height });
  const image = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
  await canvas.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#999">${image(left)}${image(right)}</body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
}

/** What a page's DOM is, all of it: every element with every attribute. */
const domOf = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const elementCount = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/** The same page in a browser without the extension: the DOM LinkedIn would see from a user without it. */
async function withoutExtension(path: string): Promise<{ dom: string; elements: number }> {
  const server = await startFixtureServer(fixtureRoutes());
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: [
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${server.port},MAP * ~NOTFOUND,EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
    await sleep(500);
    return { dom: await domOf(page), elements: await elementCount(page) };
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('with the side panel chosen', () => {
  beforeAll(() => choosePlace('side-panel'));
  afterAll(() => choosePlace('in-page'));

  it('leaves LinkedIn’s page exactly as it is without the extension, while the side panel shows the person', async () => {
    const profile = await openTab(AINO);
    await profile.waitForLoadState('load');
    const panel = await sidePanelFor(profile);
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    await sleep(300); // the content script has read the page and told the side panel: it adds nothing meanwhile
    const without = await withoutExtension(AINO);
    expect(await elementCount(profile)).toBe(without.elements);
    expect(await domOf(profile)).toBe(without.dom);
    await profile.close();
    await panel.close();
  });

  it('saves a note, follows LinkedIn’s in-app navigation, and keeps a half-typed note with its person', async () => {
    const profile = await openTab(AINO);
    const panel = await sidePanelFor(profile);
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    await panel.getByTestId('note-input').fill('Met at Slush, talked about design systems');
    await panel.getByTestId('note-save').click();
    await expect.poll(() => panel.getByTestId('note-item').count()).toBe(1);
    expect(await storedInteractions(session().worker)).toContainEqual(['aino-virtanen-4b2a1c', 'note']);
    await besideEachOther(profile, panel, `${SCREENSHOTS}/side-panel.png`);

    await panel.getByTestId('note-input').fill('Half a thought about Aino');
    await navigateInApp(profile, '/in/liisa-makela/', 'sdui-liisa-makela.html');
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Liisa Mäkelä');
    expect(await panel.getByTestId('note-item').count()).toBe(0);
    expect(await panel.getByTestId('note-input').inputValue()).toBe('');

    await navigateInApp(profile, AINO, 'voyager-aino-virtanen.html');
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    expect(await panel.getByTestId('note-input').inputValue()).toBe('Half a thought about Aino');
    await panel.getByTestId('note-input').fill('');

    // Not a person's page: who is due, the week's focus, and search.
    await navigateInApp(profile, '/feed/', 'feed.html');
    await expect.poll(() => panel.getByTestId('side-search').count()).toBe(1);
    await panel.getByTestId('side-search').fill('aino');
    await expect.poll(() => panel.getByTestId('side-search-results').innerText()).toContain('Aino Virtanen');
    expect(await profile.evaluate(() => document.querySelector('keep-in-touch-panel'))).toBeNull();
    await profile.close();
    await panel.close();
  });

  it('shows the person again after the tab reloads, and no one while it shows another site', async () => {
    const profile = await openTab(AINO);
    const panel = await sidePanelFor(profile);
    const shown = () =>
      panel
        .getByTestId('contact-name')
        .inputValue({ timeout: 1000 })
        .catch(() => null);
    await expect.poll(shown).toBe('Aino Virtanen');
    await profile.reload({ waitUntil: 'commit' });
    await expect.poll(shown).toBe('Aino Virtanen');
    await profile.goto('about:blank');
    await expect.poll(() => panel.getByTestId('side-search').count()).toBe(1);
    await profile.goto(`${ORIGIN}/in/liisa-makela/`, { waitUntil: 'commit' });
    await expect.poll(shown).toBe('Liisa Mäkelä');
    await profile.close();
    await panel.close();
  });

  it('writes the invitation in the side panel, inserts it into LinkedIn’s box on Insert, and logs it once on Send', async () => {
    const profile = await openTab(AINO);
    const panel = await sidePanelFor(profile);
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    const invitations = async () =>
      (await storedInteractions(session().worker)).filter(
        ([key, type]) => key === 'aino-virtanen-4b2a1c' && type === 'invitation',
      ).length;
    const before = await invitations();

    await profile.getByRole('button', { name: 'Invite Aino Virtanen to connect' }).first().click();
    await profile.getByRole('button', { name: 'Add a note' }).click();
    await panel.getByTestId('invite-composer').waitFor();
    await expect.poll(() => panel.getByTestId('template-select').innerText()).toContain('Met at an event');
    await panel.getByTestId('template-select').selectOption('bundled-en-event');
    await panel.getByTestId('reason-input').fill('the Helsinki design meetup on accessible forms');
    const preview = await panel.getByTestId('invite-preview').innerText();
    expect(preview).toContain('accessible forms');

    await panel.getByTestId('invite-insert').click();
    await expect.poll(() => profile.locator('#custom-message').inputValue()).toBe(preview);
    expect(await profile.evaluate(() => document.querySelector('keep-in-touch-panel'))).toBeNull();
    await profile.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(invitations).toBe(before + 1);
    await sleep(300);
    expect(await invitations()).toBe(before + 1);
    await profile.close();
    await panel.close();
  });

  it('offers the composer on a search page too, and logs the invitation on the person of that card', async () => {
    const search = await openTab('/search/results/people/');
    const panel = await sidePanelFor(search);
    await panel.getByTestId('side-search').waitFor(); // no one's profile: the lists
    await search.getByRole('button', { name: 'Invite Olli Rantanen to connect' }).click();
    await search.getByRole('button', { name: 'Add a note' }).click();
    await panel.getByTestId('invite-card').waitFor();
    await expect.poll(() => panel.getByTestId('template-select').innerText()).toContain('Met at an event');
    await panel.getByTestId('template-select').selectOption('bundled-en-event');
    await panel.getByTestId('reason-input').fill('your post on platform teams');
    await expect.poll(() => panel.getByTestId('invite-preview').innerText()).toMatch(/^Hi Olli/);
    await panel.getByTestId('invite-insert').click();
    await expect.poll(() => search.locator('#custom-message').inputValue()).toMatch(/^Hi Olli/);
    await search.getByRole('button', { name: 'Send invitation' }).click();
    const olli = async () =>
      (await storedInteractions(session().worker)).filter(
        ([key, type]) => key === 'olli-rantanen' && type === 'invitation',
      );
    await expect.poll(olli).toHaveLength(1);
    // The dialog closed: the card goes, the lists come back.
    await panel.getByTestId('side-search').waitFor();
    expect(await search.evaluate(() => document.querySelector('keep-in-touch-panel'))).toBeNull();
    await search.close();
    await panel.close();
  });

  it('opens from the popup, and, not pinned, follows the active tab of its window', async () => {
    const popup = await openPopup(session());
    await popup.getByTestId('open-side-panel').click();
    type Contexts = { chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } } };
    const sidePanels = () =>
      session().worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as Contexts;
        return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((each) => each.documentUrl);
      });
    await expect.poll(sidePanels).toEqual([expect.stringMatching(/\/sidepanel\.html$/)]);

    // The browser's side panel is out of the test's reach: the same page in a tab of the same window follows
    // that window's active tab just as well.
    const aino = await openTab(AINO);
    const liisa = await openTab('/in/liisa-makela/');
    const following = await openExtensionPage(session(), 'sidepanel.html');
    await expect.poll(() => following.getByTestId('side-search').count()).toBe(1); // itself, the active tab
    await aino.bringToFront();
    await expect.poll(() => following.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    await liisa.bringToFront();
    await expect.poll(() => following.getByTestId('contact-name').inputValue()).toBe('Liisa Mäkelä');
    for (const page of [popup, aino, liisa, following]) await page.close();
  });

  it('puts the panel back into an open tab when the user chooses the page again, without a reload', async () => {
    const profile = await openTab(AINO);
    const panel = await sidePanelFor(profile);
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    const hosted = () => profile.evaluate(() => document.querySelector('keep-in-touch-panel') !== null);
    await sleep(500);
    expect(await hosted()).toBe(false);
    await choosePlace('in-page');
    await expect.poll(hosted).toBe(true);
    // One panel for a person: the side panel says where it went, and brings it back on a click.
    await panel.getByTestId('side-panel-in-page').waitFor();
    expect(await panel.getByTestId('contact-name').count()).toBe(0);
    await panel.getByTestId('side-panel-in-page').getByRole('button').click();
    await expect.poll(hosted).toBe(false);
    await expect.poll(() => panel.getByTestId('contact-name').inputValue()).toBe('Aino Virtanen');
    await profile.close();
    await panel.close();
  });

  it('speaks the language the user chooses at once, without a reload', async () => {
    const profile = await openTab(AINO);
    const panel = await sidePanelFor(profile);
    const saveWord = () => panel.getByTestId('note-save').textContent();
    await expect.poll(saveWord).toBe('Save');
    await panel.getByTestId('note-input').fill('Half-typed, and kept');
    await ask(session(), 'settings.update', { patch: { language: 'fi' } });
    await expect.poll(saveWord).toBe('Tallenna');
    expect(await panel.getByTestId('note-input').inputValue()).toBe('Half-typed, and kept');
    await ask(session(), 'settings.update', { patch: { language: 'browser' } });
    await expect.poll(saveWord).toBe('Save');
    await profile.close();
    await panel.close();
  });
});

describe('with the panel in the page', () => {
  it('speaks the language the user chooses at once, without a reload', async () => {
    const profile = await openTab(AINO);
    const panel = await PanelDriver.attach(profile);
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    const saveWord = async () => (await panel.one('note-save'))?.text;
    await ask(session(), 'settings.update', { patch: { language: 'fi' } });
    await expect.poll(saveWord).toBe('Tallenna');
    await ask(session(), 'settings.update', { patch: { language: 'browser' } });
    await expect.poll(saveWord).toBe('Save');
    await profile.close();
  });

  it('moves the focus into the panel on the shortcut, and back to where it was on the next', async () => {
    const profile = await openTab(AINO);
    await expect.poll(() => profile.evaluate(() => document.querySelector('keep-in-touch-panel') !== null)).toBe(true);
    const tabId = await tabIdOf(profile);
    // The shortcut itself is the browser's; what the background does on it is tell the tab (background/commands.ts).
    const press = () =>
      session().worker.evaluate(
        (tabId) => (globalThis as unknown as ChromeOnPage).chrome.tabs.sendMessage(tabId, { type: 'panel.focus' }),
        tabId,
      );
    const focused = () => profile.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(await focused()).toBe('body');
    await press();
    await expect.poll(focused).toBe('keep-in-touch-panel');
    await press();
    await expect.poll(focused).toBe('body');
    await profile.close();
  });
});
