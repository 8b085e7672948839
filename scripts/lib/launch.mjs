// Starts Chromium with the built extension, LinkedIn's host mapped to the local fixture server.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * @param {{ port: number, headless?: boolean, extensionDir?: string, locale?: string }} options
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchWithExtension({
  port,
  headless = true,
  extensionDir = CHROME_EXTENSION_DIR,
  locale = 'en-US',
}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'keep-in-touch-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: await findChromium(),
    headless,
    locale,
    // The browser's UI language (what chrome.i18n follows) comes from the environment on Linux, --lang elsewhere.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    viewport: { width: 1400, height: 900 },
    // Playwright adds --disable-extensions by default; our extension must load.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // LinkedIn's hosts (www, country hosts such as fi.linkedin.com, its other subdomains) are the local
      // server; every other host fails at once (saved pages name LinkedIn's CDNs), but for 127.0.0.1 itself,
      // where the sync tests start their CouchDB-protocol server.
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port},MAP *.linkedin.com 127.0.0.1:${port},MAP * ~NOTFOUND,EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
      // Root in a container has no sandbox; a machine without internet stalls on Google's services otherwise.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${locale}`,
    ],
  });
}

/**
 * The extension's service worker, once it has started.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
