/**
 * The e2e harness: the built extension in real Chromium, fixture pages served at https://www.linkedin.com/…,
 * and a driver for the panel.
 *
 * The panel lives in a closed shadow root, out of reach of page scripts and of Playwright's selectors. The
 * driver reads it from the content script's own isolated world (over CDP, with chrome.dom.openOrClosedShadowRoot),
 * and acts on it as a person would: real mouse clicks at the element's position and real key presses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';
import { extensionWorker, launchWithExtension } from '../../scripts/lib/launch.mjs';
import { samplePageRoutes } from '../../scripts/lib/sample-pages.mjs';

export const ORIGIN = 'https://www.linkedin.com';

/** Our fixture pages, by URL path. */
export const fixtureRoutes = samplePageRoutes;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  /** The welcome tab the install opened, when the session was asked to keep it (`keepWelcome`). */
  welcome?: Page;
  close(): Promise<void>;
}

/** The tab the extension opens on install (entrypoints/background/welcome.ts), once it is there. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return (
    context.pages().find(isWelcome) ??
    context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => {
      throw new Error('The extension did not open its welcome page on install.');
    })
  );
}

/**
 * The built extension in a fresh browser profile. Every session is a first install, so the extension opens its
 * welcome tab; it is waited for and closed here, so that each test meets the browser as before, with only the
 * pages it opens itself (and no welcome page reading settings or reloading on a language change meanwhile).
 * `keepWelcome` keeps it open for the welcome's own tests.
 */
export async function startSession(
  routes: Record<string, string> = fixtureRoutes(),
  locale = 'en-US',
  extensionDir?: string,
  { keepWelcome = false } = {},
): Promise<Session> {
  const server = await startFixtureServer(routes);
  const context = await launchWithExtension({ port: server.port, locale, extensionDir });
  const worker = await extensionWorker(context);
  const welcome = await welcomeTab(context);
  if (!keepWelcome) await welcome.close();
  return {
    context,
    worker,
    welcome: keepWelcome ? welcome : undefined,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** What the driver reports of one element of the panel. */
export interface ElementInfo {
  text: string;
  value: string | null;
  attributes: Record<string, string>;
}

// Runs in the content script's isolated world: finds elements by data-testid inside the closed shadow root.
const IN_PANEL = `
  const panelRoot = () => {
    const host = document.querySelector('keep-in-touch-panel');
    return host && chrome.dom.openOrClosedShadowRoot(host);
  };
  const all = (testId) => [...(panelRoot()?.querySelectorAll('[data-testid="' + testId + '"]') ?? [])];
  const info = (el) => ({
    text: el.textContent.trim(),
    value: 'value' in el ? el.value : null,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  });
`;

export class PanelDriver {
  private contextId: number | undefined;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** A driver for the panel in this page; follows the page through reloads and navigations. */
  static async attach(page: Page): Promise<PanelDriver> {
    const cdp = await page.context().newCDPSession(page);
    const driver = new PanelDriver(page, cdp);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const inMainFrame = context.auxData?.frameId === frameTree.frame.id;
      const isOurs = context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://');
      if (inMainFrame && isOurs) driver.contextId = context.id;
    });
    cdp.on('Runtime.executionContextsCleared', () => (driver.contextId = undefined));
    await cdp.send('Runtime.enable');
    return driver;
  }

  /** Resolves once the content script has started in a new document (call it before reloading). */
  nextContentWorld(timeout = 10_000): Promise<void> {
    const previous = this.contextId;
    const deadline = Date.now() + timeout;
    return new Promise((resolve, reject) => {
      const poll = () => {
        if (this.contextId !== undefined && this.contextId !== previous) resolve();
        else if (Date.now() > deadline) reject(new Error('The content script did not start in the new page.'));
        else setTimeout(poll, 1);
      };
      poll();
    });
  }

  /** Evaluates `body` (JavaScript, with IN_PANEL's helpers in scope) in the content script's world. */
  async evaluate<T>(body: string): Promise<T> {
    if (this.contextId === undefined) throw new Error('The content script has not started in this page.');
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId: this.contextId,
      expression: `(async () => { ${IN_PANEL} ${body} })()`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  /** Every element with this test id, in document order. */
  async all(testId: string): Promise<ElementInfo[]> {
    try {
      return await this.evaluate<ElementInfo[]>(`return all(${JSON.stringify(testId)}).map(info);`);
    } catch {
      return []; // between two pages there is no content script yet
    }
  }

  async one(testId: string): Promise<ElementInfo | undefined> {
    return (await this.all(testId))[0];
  }

  /** Waits until `check` holds for the elements with this test id. */
  async waitFor(testId: string, check: (elements: ElementInfo[]) => boolean, timeout = 10_000): Promise<ElementInfo[]> {
    const deadline = Date.now() + timeout;
    let last: ElementInfo[] = [];
    while (Date.now() < deadline) {
      last = await this.all(testId);
      if (check(last)) return last;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(
      `Timed out waiting on [data-testid=${testId}]; last seen: ${JSON.stringify(last.map((e) => e.text || e.value))}`,
    );
  }

  /** Waits until the panel shows the person with this contact key, loaded. */
  async waitForPerson(key: string, timeout = 10_000): Promise<void> {
    await this.waitFor(
      'panel',
      ([panel]) => panel?.attributes['data-contact-key'] === key && panel.attributes['data-state'] === 'ready',
      timeout,
    );
  }

  async exists(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('keep-in-touch-panel') !== null);
  }

  /** Clicks the element as a person would: a real mouse click at its centre. */
  async click(testId: string, index = 0): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(`
      const el = all(${JSON.stringify(testId)})[${index}];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    `);
    if (!box) throw new Error(`No [data-testid=${testId}] #${index} in the panel`);
    await this.page.mouse.click(box.x, box.y);
  }

  /** Clicks into the field and types, with real key presses. */
  async type(testId: string, text: string): Promise<void> {
    await this.click(testId);
    await this.page.keyboard.type(text);
  }

  /** Sets a <select> or date field and fires change, as the browser does when a person picks a value. */
  async choose(testId: string, value: string): Promise<void> {
    await this.evaluate(`
      const el = all(${JSON.stringify(testId)})[0];
      el.value = ${JSON.stringify(value)};
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    `);
  }

  /** Adds a timeline entry the way a person does: type, then Ctrl+Enter. Resolves once it is shown. */
  async addNote(text: string): Promise<void> {
    const before = (await this.all('note-item')).length;
    await this.type('note-input', text);
    await this.page.keyboard.press('Control+Enter');
    await this.waitFor('note-item', (items) => items.length === before + 1);
  }

  /** The page's URL and the notes shown, read at one instant. */
  async notesAt(): Promise<{ url: string; notes: string[] }> {
    try {
      return await this.evaluate(
        `return { url: location.href, notes: all('note-text').map((el) => el.textContent.trim()) };`,
      );
    } catch {
      return { url: '', notes: [] };
    }
  }

  async noteTexts(): Promise<string[]> {
    return (await this.all('note-text')).map((note) => note.text);
  }
}

/** A page of its own with a panel driver attached. */
export async function openProfile(context: BrowserContext, path: string): Promise<PanelDriver> {
  const page = await context.newPage();
  const panel = await PanelDriver.attach(page);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded' });
  return panel;
}

/** Stops the extension's service worker, as the browser does after 30 s idle. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The inside of a fixture page's <body>, to swap in as LinkedIn's app does after pushState. */
export function fixtureBody(file: string): string {
  const html = readFileSync(resolve('tests/fixtures/pages', file), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1];
}

/**
 * In-app navigation as LinkedIn does it: pushState first, the old content still on screen for `delayMs`,
 * then the new content swapped in, with no page load.
 */
export async function navigateInApp(page: Page, path: string, file: string, delayMs = 150): Promise<void> {
  await page.evaluate(
    async ({ path, body, delayMs }) => {
      history.pushState({}, '', path);
      await new Promise((done) => setTimeout(done, delayMs));
      document.body.innerHTML = body;
    },
    { path, body: fixtureBody(file), delayMs },
  );
}

/** How many contacts the extension's database holds (read in the service worker, where it lives). */
export function countContacts(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('keep-in-touch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('contacts')) return resolve(0);
          const count = db.transaction('contacts').objectStore('contacts').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );
}

/** Every live timeline entry in the extension's database, as [person key, type] (read in the service worker). */
export function storedInteractions(worker: Worker): Promise<[string, string][]> {
  return worker.evaluate(
    () =>
      new Promise<[string, string][]>((resolve, reject) => {
        const request = indexedDB.open('keep-in-touch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('people').objectStore('people').getAll();
          all.onsuccess = () => {
            type Person = { key: string; timeline: { type: string; deleted?: true }[] };
            const people = (all.result as { json: string }[]).map((stored) => JSON.parse(stored.json) as Person);
            resolve(
              people.flatMap((person) =>
                person.timeline
                  .filter((entry) => !entry.deleted)
                  .map((entry): [string, string] => [person.key, entry.type]),
              ),
            );
            request.result.close();
          };
        };
      }),
  );
}

/** Where the e2e run leaves screenshots of what it saw; the README's pictures are copied from here. */
export const SCREENSHOTS = '.test-results/screenshots';

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The `<input type="date">` value of the local day `days` from today (negative: in the past). */
export function localDay(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

type ChromeInWorker = {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    alarms: { getAll(): Promise<{ name: string }[]> };
  };
};

/** The toolbar badge's text, read in the service worker. */
export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.action.getBadgeText({}));
}

type ChromeOnPage = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a message from one of the extension's pages, as the pages themselves do; answers its data. */
export async function ask(session: Session, type: string, payload: object): Promise<unknown> {
  const page = await openExtensionPage(session, 'popup.html');
  const reply = (await page.evaluate(
    (message) => (globalThis as unknown as ChromeOnPage).chrome.runtime.sendMessage(message),
    { type, payload },
  )) as { ok: boolean; data?: unknown; error?: unknown };
  await page.close();
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

/** The names of the extension's alarms. */
export async function alarmNames(worker: Worker): Promise<string[]> {
  const alarms = await worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.alarms.getAll());
  return alarms.map((alarm) => alarm.name).sort();
}

/** One of the extension's pages (popup.html, dashboard.html#tags) in a tab of its own. */
export async function openExtensionPage(session: Session, file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.worker.url().replace('background.js', file));
  return page;
}

/** The extension's popup, opened in a tab of its own (a real popup cannot be driven headless). */
export const openPopup = (session: Session) => openExtensionPage(session, 'popup.html');
