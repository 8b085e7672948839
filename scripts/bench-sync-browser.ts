/**
 * `npm run bench` (third part): sync in real Chromium, with the extension's own replica (PouchDB on IndexedDB)
 * and database, against the CouchDB-protocol server the tests use, in-process on loopback. The sync tests' build
 * (.output-sync-test, which may reach 127.0.0.1 without a permission prompt) is driven as a person would: the
 * Sync page's form, then the status until it says the sync is done.
 *
 * - firstSync10kBrowserMs: a computer with 10,000 people (5 entries each, imported as a backup) turns sync on.
 * - join10kBrowserMs: a second computer, empty, joins with the same passphrase and receives those 10,000.
 * Each is the click on "Turn sync on" → the status saying when it last synced. Where the time went, by the
 * Sync page's phases, is printed with them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openExtensionPage, startSession, type Session } from '../tests/e2e/harness';
import { startCouchServer, type CouchServer } from '../tests/helpers/couch-server';
import { generateNetwork } from './lib/generate-network';

const EXTENSION = resolve('.output-sync-test/chrome-mv3');
const PASSPHRASE = 'kaksi kahvia ja korvapuusti';
const PEOPLE = Number(process.env.BENCH_SYNC_PEOPLE ?? 10_000);

type Watch = { phases: { at: number; words: string }[]; start: number; done: number };

/** Imports the generated network through the Backup page, as a person would. */
async function importNetwork(session: Session, file: string): Promise<void> {
  const page = await openExtensionPage(session, 'dashboard.html#backup');
  await page.getByTestId('import-input').setInputFiles(file);
  await page.getByTestId('import-result').waitFor({ timeout: 300_000 });
  await page.close();
  // The import asks for a sync a few seconds later (background/sync.ts, AFTER_CHANGE_MS): past that, the sync
  // timed is the only one.
  await new Promise((done) => setTimeout(done, 5000));
}

/**
 * Turns sync on from the Sync page; answers the time from the click to the status saying it is done, and the
 * time spent in each phase the status named (its words up to the count).
 */
async function turnSyncOn(
  session: Session,
  server: CouchServer,
): Promise<{ ms: number; status: string; phases: string }> {
  const page: Page = await openExtensionPage(session, 'dashboard.html#sync');
  await page.getByTestId('sync-url').fill(server.databaseUrl);
  await page.getByTestId('sync-username').fill(server.username);
  await page.getByTestId('sync-password').fill(server.password);
  await page.getByTestId('sync-passphrase').fill(PASSPHRASE);
  await page.evaluate(() => {
    const watch = window as unknown as Watch;
    watch.phases = [];
    const status = document.querySelector('[data-testid=sync-status]')!;
    document
      .querySelector('[data-testid=sync-enable]')!
      .addEventListener('click', () => (watch.start = performance.now()), { capture: true, once: true });
    const seen = new MutationObserver(() => {
      // The phase is the progress bar's words before its count ("Merging what arrived: 50 of 2,001").
      const words = /([A-Z][a-z ]+): [\d,]/.exec(status.textContent ?? '')?.[1] ?? 'Starting and finishing';
      if (watch.phases.at(-1)?.words !== words) watch.phases.push({ at: performance.now(), words });
      if (/Last synced/.test(status.textContent ?? '')) watch.done ??= performance.now();
    });
    seen.observe(status, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('sync-enable').click();
  await page.waitForFunction(() => (window as unknown as Watch).done !== undefined, undefined, {
    timeout: 900_000,
    polling: 100,
  });
  const { start, done, phases } = await page.evaluate(() => {
    const { start, done, phases } = window as unknown as Watch;
    return { start, done, phases };
  });
  const status = (await page.getByTestId('sync-status').textContent()) ?? '';
  await page.close();
  const spent = new Map<string, number>();
  for (const [i, { at, words }] of phases.entries()) {
    if (at > done) break;
    const end = Math.min(phases[i + 1]?.at ?? done, done);
    spent.set(words, (spent.get(words) ?? 0) + end - at);
  }
  const described = [...spent].map(([words, ms]) => `${words} ${(ms / 1000).toFixed(1)} s`).join(', ');
  return { ms: Math.round(done - start), status, phases: described };
}

// The sync tests' build, made here (not in package.json) so that the variable is set the same way on every system.
execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SYNC_TEST_HOST: '127.0.0.1' }, stdio: 'ignore' });
const temporary = mkdtempSync(join(tmpdir(), 'keep-in-touch-bench-sync-'));
const file = join(temporary, `network-${PEOPLE}.json`);
writeFileSync(file, generateNetwork(PEOPLE, 5).text);
const server = await startCouchServer();
const work = await startSession(undefined, 'en-US', EXTENSION);
const home = await startSession(undefined, 'en-US', EXTENSION);
try {
  await importNetwork(work, file);
  const first = await turnSyncOn(work, server);
  const joining = await turnSyncOn(home, server);
  console.log(`Sync in Chromium, ${PEOPLE} people.`);
  console.log(`First computer: ${first.status}\n  ${first.phases}`);
  console.log(`Joining computer: ${joining.status}\n  ${joining.phases}`);
  const figures = { firstSync10kBrowserMs: first.ms, join10kBrowserMs: joining.ms };
  const target = 15_000;
  console.table(
    Object.entries(figures).map(([figure, value]) => ({ figure, value, target, met: value <= target ? 'yes' : 'NO' })),
  );
  console.log(JSON.stringify(figures));
} finally {
  await work.close();
  await home.close();
  await server.stop();
  rmSync(temporary, { recursive: true, force: true });
}
