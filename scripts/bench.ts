/**
 * `npm run bench`: speed and size of the built extension in real Chromium. Prints a table, then one JSON line.
 *
 * - contentScriptGzipKB: what LinkedIn pages load of ours (JS and CSS, gzip -9).
 * - panelVisibleMs: DOMContentLoaded of a profile page → the panel showing that contact, loaded. Negative when
 *   the panel is there first: the content script reads the top card while the rest of the page still loads.
 * - spaSwitchMs: pushState (with the content swapped in at once) → the panel showing the next person.
 * - sidePanelSwitchMs: the same, with the side panel chosen → the side panel showing the next person
 *   (scripts/lib/side-panel-switch.ts).
 * - noteSaveMs: Ctrl+Enter → the new note shown in the timeline.
 * - badgeRecount10kMs: counting who is due among 10,000 generated contacts, in the service worker's own
 *   IndexedDB: the range count on the dueAt index that the badge runs after every change.
 * - import10kMs, export10kMs, search10kMs: the dashboard with a generated network of 10,000 people and 50,000
 *   timeline entries (scripts/lib/generate-network.ts). Import: the file input's change → the frame showing
 *   the result (read, checked, planned, written in one transaction). Export: the button → the file handed to
 *   the browser. Search: a keystroke in the search box → the list updated, over several queries typed letter by
 *   letter.
 * - focusFirstLook10kMs, focusLook10kMs: the popup's weekly focus over those 10,000, asked of the background:
 *   the week's first look (which chooses it, reading everyone), and later looks.
 * - import50MBMs, import50MBStallMs: one import of a 50 MB backup (26,000 people, 130,000 entries): how long,
 *   and the longest the page's own timer was held up meanwhile (the work runs in the background).
 * - archiveImport10kMs, archiveImport10kStallMs: LinkedIn's data export as a user downloads it, a ZIP of 10,000
 *   connections, 100,000 messages and 2,000 invitations (scripts/lib/generate-export.ts), imported through the
 *   dashboard's file input (read, planned and written in the background): how long, and the longest the page's
 *   own timer was held up meanwhile.
 * Times are medians of several runs, read on the page's own clock (performance.now()).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fixtureBody, fixtureRoutes, openExtensionPage, openProfile, startSession } from '../tests/e2e/harness';
import { generateExport } from './lib/generate-export';
import { generateNetwork } from './lib/generate-network';
import { measureSidePanelSwitch } from './lib/side-panel-switch';

const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function contentScriptGzipKB(): number {
  const folder = resolve('.output/chrome-mv3/content-scripts');
  const bytes = readdirSync(folder)
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(folder, file)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

// In the content script's world: resolves with the time (performance.now()) the panel shows `key`, loaded,
// with `notes` timeline entries. The panel's own data-shown-at says when it first showed the person, in case
// that was before this observer started; after that (a new note), the observer's clock says it.
function whenShown(key: string, notes: number, firstShown = true): string {
  const wanted = JSON.stringify({ key, notes, firstShown });
  return `
    const wanted = ${wanted};
    const state = () => ({ panels: all('panel').map((panel) => ({ ...panel.dataset })), notes: all('note-item').length });
    const shown = () => {
      const { panels, notes } = state();
      return panels[0]?.contactKey === wanted.key && panels[0]?.state === 'ready' && notes === wanted.notes;
    };
    return await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('Panel not shown: ' + JSON.stringify(state()))), 10000);
      const check = () => {
        if (!shown()) return;
        clearTimeout(timer);
        observer.disconnect();
        const now = performance.now();
        done(wanted.firstShown ? Math.min(now, Number(all('panel')[0].dataset.shownAt)) : now);
      };
      const watchPanel = () => {
        const host = document.querySelector('keep-in-touch-panel');
        if (host) observer.observe(chrome.dom.openOrClosedShadowRoot(host), { subtree: true, childList: true, attributes: true });
      };
      const observer = new MutationObserver(() => {
        watchPanel();
        check();
      });
      observer.observe(document, { childList: true, subtree: true });
      watchPanel();
      check();
    });
  `;
}

// A real saved page when ../shared/linkedin-pages is here, else our own fixture of the same generation.
const SHARED_VOYAGER = resolve('../shared/linkedin-pages/2024-07_loggedin-voyager_profile_sri-lalitha-jeevanige.html');
const useShared = existsSync(SHARED_VOYAGER);
const loadPath = useShared ? '/in/sri-lalitha-jeevanige-35520a61/' : '/in/aino-virtanen-4b2a1c/';
const loadKey = useShared ? 'sri-lalitha-jeevanige-35520a61' : 'aino-virtanen-4b2a1c';

const session = await startSession({ ...fixtureRoutes(), ...(useShared && { [loadPath]: SHARED_VOYAGER }) });
const panel = await openProfile(session.context, loadPath);
await panel.waitForPerson(loadKey);
await panel.addNote('A note, so that the panel has a contact to load');

const panelVisible: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = panel.nextContentWorld();
  await panel.page.reload({ waitUntil: 'commit' });
  await started;
  const shownAt = await panel.evaluate<number>(whenShown(loadKey, 1));
  await panel.page.waitForLoadState('domcontentloaded'); // the panel may well be there before it
  const domContentLoaded = await panel.page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  );
  panelVisible.push(shownAt - domContentLoaded);
  await panel.page.waitForLoadState('load'); // a person reloads a page that has finished loading
}

const spaSwitch: number[] = [];
// The logged-in app's two layouts: only it navigates in-app (a logged-out page is always loaded whole, and its
// card, whose id is in the page's head, proves no one when swapped into another page's body).
const people = [
  { path: '/in/liisa-makela/', key: 'liisa-makela', file: 'sdui-liisa-makela.html' },
  { path: '/in/aino-virtanen-4b2a1c/', key: 'aino-virtanen-4b2a1c', file: 'voyager-aino-virtanen.html' },
];
for (let run = 0; run < RUNS; run++) {
  const next = people[run % 2];
  const shown = panel.evaluate<number>(whenShown(next.key, 0));
  const pushedAt = await panel.page.evaluate(
    ({ path, body }) => {
      const start = performance.now();
      history.pushState({}, '', path);
      document.body.innerHTML = body;
      return start;
    },
    { path: next.path, body: fixtureBody(next.file) },
  );
  spaSwitch.push((await shown) - pushedAt);
}

const sidePanelSwitch = await measureSidePanelSwitch(session, panel.page, people, RUNS);

const noteSave: number[] = [];
await panel.page.goto('https://www.linkedin.com/in/liisa-makela/');
await panel.waitForPerson('liisa-makela');
for (let run = 0; run < RUNS; run++) {
  await panel.type('note-input', `Benchmark note ${run}`);
  const shown = panel.evaluate<number>(whenShown('liisa-makela', run + 1, false));
  const pressedAt = await panel.evaluate<number>('return performance.now()');
  await panel.page.keyboard.press('Control+Enter');
  noteSave.push((await shown) - pressedAt);
}
// 10,000 contacts, a tenth of them due, written straight into the extension's database in its worker.
const badgeRecount = await session.worker.evaluate(async (runs) => {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keep-in-touch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const done = (transaction: IDBTransaction) =>
    new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
  const db = await open();
  const writing = db.transaction('contacts', 'readwrite');
  const now = Date.now();
  for (let i = 0; i < 10_000; i++) {
    const key = `bench-${i}`;
    const dueAt = now + (i % 10 === 0 ? -1 : 1) * (1 + i) * 60_000;
    writing.objectStore('contacts').put({ key, aliases: [key], tags: [], name: key, updatedAt: now, dueAt });
  }
  await done(writing);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await new Promise((resolve) => {
      const count = db
        .transaction('contacts')
        .objectStore('contacts')
        .index('dueAt')
        .count(IDBKeyRange.upperBound(Date.now()));
      count.onsuccess = resolve;
    });
    times.push(performance.now() - start);
  }
  db.close();
  return times;
}, RUNS);

// The dashboard: emptied, then a generated network imported through the file input, as a user would, from a
// file on disk, until the frame that shows the result. Both ends are read in the page: Playwright notices an
// element only when it next polls (every half second at length), which would round the figure up. The page's
// clock ticks every 10 ms meanwhile; the longest gap says whether the page froze.
const dashboard = await openExtensionPage(session, 'dashboard.html#backup');
type Bench = { start: number; shown: number; ticks: number[]; ticker: number };
async function importThroughDashboard(file: string): Promise<{ ms: number; longestStallMs: number }> {
  dashboard.once('dialog', (dialog) => void dialog.accept());
  await dashboard.getByTestId('wipe-button').click();
  await dashboard.getByText('No backup taken yet.').or(dashboard.getByText('Last backup')).first().waitFor();
  await dashboard.waitForFunction(() => !document.querySelector('[data-testid=wipe-button]:disabled'));
  await dashboard.evaluate(() => {
    const bench = window as unknown as Bench;
    bench.ticks = [];
    bench.ticker = window.setInterval(() => bench.ticks.push(performance.now()), 10);
    document
      .querySelector('[data-testid=import-input]')!
      .addEventListener('change', () => (bench.start = performance.now()), { capture: true, once: true });
    const result = new MutationObserver(() => {
      if (!document.querySelector('[data-testid=import-result]')) return;
      result.disconnect();
      requestAnimationFrame(() => (bench.shown = performance.now()));
    });
    result.observe(document.body, { childList: true, subtree: true });
  });
  await dashboard.getByTestId('import-input').setInputFiles(file);
  await dashboard.getByTestId('import-result').waitFor({ timeout: 300_000 });
  await dashboard.waitForFunction(() => (window as unknown as Bench).shown !== undefined);
  return dashboard.evaluate(() => {
    const { start, shown, ticks, ticker } = window as unknown as Bench;
    clearInterval(ticker);
    const during = [start, ...ticks.filter((tick) => tick > start && tick < shown), shown];
    const gaps = during.slice(1).map((tick, i) => tick - during[i]!);
    return { ms: shown - start, longestStallMs: Math.max(...gaps) };
  });
}

const temporary = mkdtempSync(join(tmpdir(), 'keep-in-touch-bench-'));
const network = generateNetwork(10_000, 5);
const networkFile = join(temporary, 'network-10k.json');
writeFileSync(networkFile, network.text);
const IMPORT_RUNS = 3;
const importTimes: number[] = [];
for (let run = 0; run < IMPORT_RUNS; run++) importTimes.push((await importThroughDashboard(networkFile)).ms);

// Export: from the click to the file handed to the browser (URL.createObjectURL, just before the download).
await dashboard.evaluate(() => {
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    document.body.dataset.benchExported = String(performance.now());
    return create(blob);
  };
});
const exportTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.evaluate(() => {
      document.body.dataset.benchStart = String(performance.now());
      document.querySelector<HTMLButtonElement>('[data-testid=export-button]')!.click();
    }),
  ]);
  await download.cancel();
  exportTimes.push(
    await dashboard.evaluate(
      () => Number(document.body.dataset.benchExported) - Number(document.body.dataset.benchStart),
    ),
  );
}

// The weekly focus over those 10,000 (an import wiped the last one): the week's first look reads everyone,
// once a week; later looks read only the focus's people. Asked from the dashboard, which never asks itself.
type ChromeOnPage = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
const lookAtFocus = () =>
  dashboard.evaluate(async () => {
    const start = performance.now();
    const message = { type: 'focus.week', payload: { locale: 'en-US' } };
    await (globalThis as unknown as ChromeOnPage).chrome.runtime.sendMessage(message);
    return performance.now() - start;
  });
const focusFirstLook = await lookAtFocus();
const focusLaterLooks: number[] = [];
for (let run = 0; run < RUNS; run++) focusLaterLooks.push(await lookAtFocus());

// Search: each keystroke of a few queries, from the input event to the list in the DOM (and laid out).
await dashboard.goto(dashboard.url().replace('#backup', '#contacts'));
await dashboard.getByTestId('contact-count').filter({ hasText: '10,000 people' }).waitFor({ timeout: 30_000 });
const searchTimes: number[] = [];
for (const query of ['hameenlinna', 'virtanen', 'kahvit lounas', 'mäkelä tampere', 'revontuli designer']) {
  for (let length = 1; length <= query.length; length++) {
    searchTimes.push(
      await dashboard.evaluate(
        async (typed) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]')!;
          const start = performance.now();
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((done) => setTimeout(done, 0)); // Preact renders in a microtask
          void document.body.offsetHeight; // and the browser lays the new rows out
          return performance.now() - start;
        },
        query.slice(0, length),
      ),
    );
  }
}

// A 50 MB backup (26,000 people, 130,000 entries): once, for how long it takes and whether the page froze.
const bigFile = join(temporary, 'network-50mb.json');
const big = generateNetwork(26_000, 5);
writeFileSync(bigFile, big.text);
await dashboard.goto(dashboard.url().replace('#contacts', '#backup'));
const bigImport = await importThroughDashboard(bigFile);

// LinkedIn's data export of a large network, as downloaded: once, for how long and whether the page froze.
const archiveFile = join(temporary, 'Basic_LinkedInDataExport_03-12-2026.zip');
writeFileSync(archiveFile, generateExport({ connections: 10_000, messages: 100_000, invitations: 2_000 }));
const archiveImport = await importThroughDashboard(archiveFile);
rmSync(temporary, { recursive: true });
await session.close();

const figures = {
  contentScriptGzipKB: contentScriptGzipKB(),
  panelVisibleMs: Math.round(median(panelVisible)),
  spaSwitchMs: Math.round(median(spaSwitch)),
  sidePanelSwitchMs: Math.round(median(sidePanelSwitch)),
  noteSaveMs: Math.round(median(noteSave)),
  badgeRecount10kMs: Math.round(median(badgeRecount) * 10) / 10,
  search10kMs: Math.round(median(searchTimes) * 10) / 10,
  import10kMs: Math.round(median(importTimes)),
  export10kMs: Math.round(median(exportTimes)),
  focusFirstLook10kMs: Math.round(focusFirstLook),
  focusLook10kMs: Math.round(median(focusLaterLooks)),
  import50MBMs: Math.round(bigImport.ms),
  import50MBStallMs: Math.round(bigImport.longestStallMs),
  archiveImport10kMs: Math.round(archiveImport.ms),
  archiveImport10kStallMs: Math.round(archiveImport.longestStallMs),
};
const targets: Partial<Record<keyof typeof figures, number>> = {
  contentScriptGzipKB: 25,
  panelVisibleMs: 150,
  spaSwitchMs: 150,
  sidePanelSwitchMs: 150,
  noteSaveMs: 50,
  badgeRecount10kMs: 10,
  search10kMs: 50,
  import10kMs: 3000,
  export10kMs: 1000,
  focusLook10kMs: 50, // the popup opens with its focus at once, but on the week's first look
  import50MBStallMs: 150, // the page never stops for longer than this (the e2e tests' bound too)
  archiveImport10kMs: 5000,
  archiveImport10kStallMs: 150,
};
console.log(
  `Page for panelVisibleMs: ${useShared ? 'a saved real voyager page' : 'our voyager fixture'}; medians of ${RUNS} runs ` +
    `(import: ${IMPORT_RUNS}; search: ${searchTimes.length} keystrokes, slowest ${Math.round(Math.max(...searchTimes))} ms). ` +
    `Generated backups: ${(network.text.length / 2 ** 20).toFixed(1)} MB and ${(big.text.length / 2 ** 20).toFixed(1)} MB.`,
);
console.table(
  Object.entries(figures).map(([figure, value]) => {
    const target = targets[figure as keyof typeof figures];
    return { figure, value, target: target ?? '—', met: target === undefined ? '—' : value <= target ? 'yes' : 'NO' };
  }),
);
console.log(JSON.stringify(figures));
