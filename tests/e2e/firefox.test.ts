/**
 * The Firefox build (MV2: an event page instead of a service worker, `browser.*` natively) in
 * real Firefox, over WebDriver BiDi with puppeteer-core, against the same fixture pages at https://www.linkedin.com.
 *
 * BiDi hands out the panel's closed shadow root as a node reference (as CDP's pierce does in Chromium), which is
 * how the driver reads the panel; it acts on it with real mouse clicks and key presses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { fixtureExport } from '../helpers/linkedin-export';
import { ORIGIN, fixtureBody, fixtureRoutes } from './harness';
import { SEEN_BY_PAGE, spiedProfilePage } from './spied-page';

let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer({ ...fixtureRoutes(), '/in/aino-virtanen-4b2a1c/': spiedProfilePage() });
  firefox = await launchFirefoxWithExtension({ port: server.port });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** A BiDi node reference as puppeteer serialises it: `{ value: { shadowRoot } }` for an element with one. */
interface NodeValue {
  value?: { shadowRoot?: unknown };
}
type HandleWithRemoteValue = ElementHandle & { remoteValue(): NodeValue; realm: unknown };
type HandleFactory = { from(value: unknown, realm: unknown): ElementHandle };

class FirefoxPanel {
  constructor(readonly page: Page) {}

  /**
   * The panel's shadow root, open or closed, as an element handle to query in. Made with the static `from` of
   * puppeteer's BiDi element handle class, which is not public API: puppeteer-core is pinned, and a newer one may
   * need this revisited.
   */
  async root(): Promise<ElementHandle | undefined> {
    const host = (await this.page.$('keep-in-touch-panel')) as HandleWithRemoteValue | null;
    const shadowRoot = host?.remoteValue().value?.shadowRoot;
    if (!host || !shadowRoot) return undefined;
    return (host.constructor as unknown as HandleFactory).from(shadowRoot, host.realm);
  }

  async all(testId: string): Promise<ElementHandle[]> {
    return (await (await this.root())?.$$(`[data-testid="${testId}"]`)) ?? [];
  }

  /** What a person reads in each element with this test id: a field's value, else its text. */
  async texts(testId: string): Promise<string[]> {
    const elements = await this.all(testId);
    return Promise.all(
      elements.map((element) =>
        element.evaluate((el) =>
          el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent!.trim(),
        ),
      ),
    );
  }

  async attribute(testId: string, name: string): Promise<string | null | undefined> {
    const [element] = await this.all(testId);
    return element?.evaluate((el, name) => el.getAttribute(name), name);
  }

  async waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last = await read();
    while (!check(last)) {
      if (Date.now() > deadline) throw new Error(`Timed out in Firefox; last seen: ${JSON.stringify(last)}`);
      await new Promise((done) => setTimeout(done, 50));
      last = await read();
    }
    return last;
  }

  async waitForPerson(key: string): Promise<void> {
    await this.waitFor(
      async () => [await this.attribute('panel', 'data-contact-key'), await this.attribute('panel', 'data-state')],
      ([contactKey, state]) => contactKey === key && state === 'ready',
    );
  }

  /** A real click at the element's centre (puppeteer scrolls it into view first). */
  async click(testId: string): Promise<void> {
    const [element] = await this.all(testId);
    if (!element) throw new Error(`No [data-testid=${testId}] in the panel`);
    await element.click();
  }

  async type(testId: string, text: string): Promise<void> {
    await this.click(testId);
    await this.page.keyboard.type(text);
  }

  /** Picks a <select> value and fires change, as the browser does when a person picks one. */
  async choose(testId: string, value: string): Promise<void> {
    const [element] = await this.all(testId);
    await element.evaluate((el, value) => {
      (el as HTMLSelectElement).value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
}

/**
 * An extension page, made of one of the extension's tabs (the welcome tab the install opened): WebDriver BiDi may
 * not navigate a tab to an extension's page, but the extension's own page may.
 */
async function extensionPage(path: string): Promise<Page> {
  const pages = await firefox.browser.pages();
  const hrefs = await Promise.all(pages.map((each) => each.evaluate(() => location.href).catch(() => '')));
  const page = pages[hrefs.findIndex((href) => href.startsWith(FIREFOX_EXTENSION_ORIGIN))];
  if (!page) throw new Error(`No page of the extension's among ${hrefs.join(' ')}`);
  const url = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
  await page.evaluate((url) => location.assign(url), url);
  await page.waitForFunction((url) => location.href === url, {}, url);
  return page;
}

async function openProfile(path: string): Promise<FirefoxPanel> {
  const page = await firefox.browser.newPage();
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded' });
  return new FirefoxPanel(page);
}

it('shows the person on screen, saves a note on Ctrl+Enter unseen by the page, and keeps it across a reload', async () => {
  const panel = await openProfile('/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(await panel.texts('contact-name')).toEqual(['Aino Virtanen']);

  await panel.type('note-input', 'Met at the Tampere design meetup');
  await panel.page.keyboard.down('Control');
  await panel.page.keyboard.press('Enter');
  await panel.page.keyboard.up('Control');
  await panel.waitFor(
    () => panel.texts('note-text'),
    (notes) => notes.length === 1,
  );
  expect(await panel.page.evaluate(SEEN_BY_PAGE)).toEqual([]); // LinkedIn's scripts heard no keystroke

  await panel.page.reload({ waitUntil: 'domcontentloaded' });
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(
    await panel.waitFor(
      () => panel.texts('note-text'),
      (notes) => notes.length === 1,
    ),
  ).toEqual(['Met at the Tampere design meetup']);
  await panel.page.close();
});

it('follows in-app navigation to the next person', async () => {
  const panel = await openProfile('/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');

  await panel.page.evaluate(
    async (path, body) => {
      history.pushState({}, '', path);
      await new Promise((done) => setTimeout(done, 150)); // the old person still on screen, as on LinkedIn
      document.body.innerHTML = body;
    },
    '/in/liisa-makela/',
    fixtureBody('sdui-liisa-makela.html'),
  );
  await panel.waitForPerson('liisa-makela');
  expect(await panel.texts('contact-name')).toEqual(['Liisa Mäkelä']);
  await panel.page.close();
});

it('inserts the invitation note into LinkedIn’s note box, and logs it when the person presses Send', async () => {
  const panel = await openProfile('/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await (await panel.page.$('button[aria-label="Invite Aino Virtanen to connect"]'))!.click();
  await (await panel.page.waitForSelector('::-p-aria(Add a note)'))!.click();
  await panel.waitFor(
    () => panel.texts('template-select'),
    ([options]) => options?.includes('Met at an event') ?? false, // the composer is open, its templates loaded
  );
  await panel.choose('template-select', 'bundled-en-event');
  await panel.type('reason-input', 'the Oulu product meetup');
  const [preview] = await panel.waitFor(
    () => panel.texts('invite-preview'),
    ([text]) => text?.includes('Oulu product meetup') ?? false,
  );

  await panel.click('invite-insert');
  const noteBox = () => panel.page.$eval('#custom-message', (box) => (box as HTMLTextAreaElement).value);
  await panel.waitFor(noteBox, (value) => value === preview);
  expect(await panel.page.evaluate(() => (window as { __sentInvitation?: string }).__sentInvitation)).toBeUndefined();

  // The person presses Send: only now does the invitation go on Aino's timeline, with the note as sent.
  expect(await panel.texts('note-text')).not.toContain(preview);
  await (await panel.page.$('button[aria-label="Send invitation"]'))!.click();
  await panel.waitFor(
    () => panel.texts('note-text'),
    (notes) => notes.includes(preview),
  );
  await panel.page.close();
});

type WebExtensionBrowser = typeof import('wxt/browser').browser;

/** Chooses where the panel lives, from one of the extension's pages, as the dashboard's settings do. */
const choosePlace = (extensionPage: Page, place: 'in-page' | 'side-panel') =>
  extensionPage.evaluate(async (place) => {
    const { browser } = globalThis as unknown as { browser: WebExtensionBrowser };
    await browser.runtime.sendMessage({ type: 'settings.update', payload: { patch: { panelPlace: place } } });
  }, place);

/**
 * The sidebar's page (Firefox's side panel), pinned to the tab of `page`, made of the welcome tab the install
 * opened: WebDriver BiDi may not navigate a tab to an extension's page, but the extension's own page may.
 */
async function sidebarFor(page: Page): Promise<Page> {
  // Puppeteer does not hear of the install's tab leaving about:blank: ask each tab where it is.
  const pages = await firefox.browser.pages();
  const hrefs = await Promise.all(pages.map((each) => each.evaluate(() => location.href).catch(() => '')));
  const sidebar = pages[hrefs.findIndex((href) => href.startsWith(FIREFOX_EXTENSION_ORIGIN))];
  if (!sidebar) throw new Error(`No page of the extension's among ${hrefs.join(' ')}`);
  const tabId = await sidebar.evaluate(async (url) => {
    const { browser } = globalThis as unknown as { browser: WebExtensionBrowser };
    const [tab] = await browser.tabs.query({ url });
    return tab!.id!;
  }, page.url());
  await choosePlace(sidebar, 'side-panel');
  const pinned = `${FIREFOX_EXTENSION_ORIGIN}/sidepanel.html?tab=${tabId}`;
  await sidebar.evaluate((pinned) => location.assign(pinned), pinned);
  for (let tries = 0; (await sidebar.evaluate(() => location.href).catch(() => '')) !== pinned; tries++) {
    if (tries > 100) throw new Error('The sidebar’s page did not open');
    await new Promise((done) => setTimeout(done, 50));
  }
  return sidebar;
}

it('imports LinkedIn’s export through the dashboard, read and planned in a worker off the dashboard’s thread', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'firefox-export-'));
  const file = join(folder, 'Basic_LinkedInDataExport_03-12-2026.zip');
  const files = fixtureExport('basic');
  writeFileSync(file, zipSync(Object.fromEntries(files.map(({ path, text }) => [path, strToU8(text)]))));
  const dashboard = await extensionPage('dashboard.html#backup');
  try {
    await dashboard.waitForSelector('[data-testid=import-input]');
    const input = (await dashboard.$('[data-testid=import-input]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const result = await dashboard.waitForSelector('[data-testid=import-result], [data-testid=import-error]');
    const text = await result!.evaluate((element) => element.textContent ?? '');
    expect(text).toContain('4 people added');
    expect(text).toContain('messages.csv: 9 rows');
  } finally {
    rmSync(folder, { recursive: true });
  }
});

it('shows the person in the sidebar, saves a note there, and follows in-app navigation, with nothing in the page', async () => {
  const profile = await firefox.browser.newPage();
  await profile.goto(`${ORIGIN}/in/liisa-makela/`, { waitUntil: 'load' });
  const sidebar = await sidebarFor(profile);
  const inSidebar = new SidebarPanel(sidebar);
  try {
    await inSidebar.waitFor(
      () => inSidebar.value('contact-name'),
      (name) => name === 'Liisa Mäkelä',
    );
    await inSidebar.waitFor(
      () => profile.evaluate(() => document.querySelector('keep-in-touch-panel') === null),
      (gone) => gone,
    );
    await inSidebar.type('note-input', 'Asked about the Oulu meetup');
    await sidebar.keyboard.down('Control');
    await sidebar.keyboard.press('Enter');
    await sidebar.keyboard.up('Control');
    await inSidebar.waitFor(
      () => inSidebar.count('note-item'),
      (count) => count === 1,
    );

    await profile.evaluate(
      async (path, body) => {
        history.pushState({}, '', path);
        document.body.innerHTML = body;
      },
      '/in/aino-virtanen-4b2a1c/',
      fixtureBody('voyager-aino-virtanen.html'),
    );
    await inSidebar.waitFor(
      () => inSidebar.value('contact-name'),
      (name) => name === 'Aino Virtanen',
    );
    expect(await profile.evaluate(() => document.querySelector('keep-in-touch-panel'))).toBeNull();
  } finally {
    await choosePlace(sidebar, 'in-page');
    await sidebar.close();
    await profile.close();
  }
});

/** The sidebar's page holds the panel in an open shadow root (entrypoints/sidepanel/PanelFrame.tsx). */
class SidebarPanel {
  constructor(readonly page: Page) {}

  private async one(testId: string): Promise<ElementHandle | null> {
    return this.page.$(`>>> [data-testid="${testId}"]`);
  }

  async value(testId: string): Promise<string | undefined> {
    return (await this.one(testId))?.evaluate((el) => (el as HTMLInputElement).value);
  }

  async count(testId: string): Promise<number> {
    return (await this.page.$$(`>>> [data-testid="${testId}"]`)).length;
  }

  /**
   * Real key presses into the field, once it is there (the panel draws most of itself once the person has
   * loaded). Focused rather than clicked: puppeteer's click waits seconds in an extension's page in Firefox.
   */
  async type(testId: string, text: string): Promise<void> {
    const field = await this.waitFor(
      () => this.one(testId),
      (found) => found !== null,
    );
    await field!.focus();
    await this.page.keyboard.type(text);
  }

  async waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last = await read();
    while (!check(last)) {
      if (Date.now() > deadline) throw new Error(`Timed out in Firefox's sidebar; last seen: ${JSON.stringify(last)}`);
      await new Promise((done) => setTimeout(done, 50));
      last = await read();
    }
    return last;
  }
}

it('opens no sidebar at install: the panel lives in the page until the user chooses the sidebar', () => {
  const manifest = JSON.parse(readFileSync(resolve('.output/firefox-mv2/manifest.json'), 'utf8'));
  expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
});
