// Finds a Chromium that can load an unpacked extension, or gets one where it can, or says exactly what to run.
// Used by `npm start`, `npm run dev` and the e2e tests; installs nothing that is already there.
import { existsSync } from 'node:fs';
import { canInstallWithApt, installWithApt } from './apt.mjs';

// Branded Google Chrome (137+) ignores --load-extension, so Chromium builds come first.
const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
// Debian's chromium speaks only English; its other UI languages (Finnish, for the tests) are chromium-l10n.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_FINNISH = '/usr/lib/chromium/locales/fi.pak';

const HOW_TO_INSTALL = `No Chromium found. Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  anywhere else:  npx playwright install chromium
  or point to one: CHROME_PATH=/path/to/chromium npm start`;

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of a Chromium to drive: $CHROME_PATH, a system Chromium, Playwright's own; when none is there,
 * Debian's package if we are root on Debian, else an Error that says how to get one. Only what is missing is
 * installed, and each install is announced first with why. `withFinnish`: the tests also need Chromium's
 * Finnish UI, which Debian ships apart (chromium-l10n); trying the product does not.
 * @param {{ withFinnish?: boolean }} [options]
 * @returns {Promise<string>}
 */
export async function findChromium({ withFinnish = false } = {}) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = KNOWN_PATHS.find((path) => existsSync(path)) ?? (await playwrightChromium());
  if (withFinnish && found === DEBIAN_CHROMIUM && !existsSync(DEBIAN_FINNISH) && canInstallWithApt()) {
    console.log(`Chromium is at ${found}; the tests check the Finnish UI, which Debian ships as chromium-l10n.`);
    installWithApt(['chromium-l10n']);
  }
  if (found) return found;
  if (canInstallWithApt()) {
    const packages = withFinnish ? ['chromium', 'chromium-l10n'] : ['chromium'];
    console.log('No Chromium found on this machine.');
    installWithApt(packages);
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(HOW_TO_INSTALL);
}
