// Finds a Firefox to drive (over WebDriver BiDi, which every Firefox since 129 speaks), or gets Debian's where it
// can, and starts it with the built Firefox extension and LinkedIn's host pointed at the local fixture server.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { canInstallWithApt, installWithApt } from './apt.mjs';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
const KNOWN_PATHS = [
  DEBIAN_FIREFOX,
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const HOW_TO_INSTALL = `No Firefox found. Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  or point to one: FIREFOX_PATH=/path/to/firefox npm test`;

/**
 * The path of a Firefox: $FIREFOX_PATH, a system Firefox; when none is there, Debian's firefox-esr if we are
 * root on Debian, else an Error that says how to get one.
 * @returns {string}
 */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH points to ${process.env.FIREFOX_PATH}, which does not exist.`);
  }
  const found = KNOWN_PATHS.find((path) => existsSync(path));
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Firefox found on this machine; the tests run the extension in Firefox too.');
    installWithApt(['firefox-esr']);
    if (existsSync(DEBIAN_FIREFOX)) return DEBIAN_FIREFOX;
  }
  throw new Error(HOW_TO_INSTALL);
}

/**
 * A proxy that Firefox sends every connection through: CONNECT www.linkedin.com:443 is tunnelled to the fixture
 * server, everything else is refused at once (saved pages name LinkedIn's CDNs; Firefox asks Mozilla's services).
 * Firefox has no host-resolver flag like Chromium's, and a proxy keeps the page's origin https://www.linkedin.com.
 * @param {number} fixturePort
 */
async function startLinkedInTunnel(fixturePort) {
  const proxy = createServer((_request, response) => response.writeHead(502).end());
  proxy.on('connect', (request, socket, head) => {
    if (request.url !== 'www.linkedin.com:443') {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((done) => proxy.listen(0, '127.0.0.1', () => done(undefined)));
  const address = proxy.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () => new Promise((done) => proxy.close(() => done(undefined))),
  };
}

/**
 * The extension's origin in the test Firefox: Firefox gives each add-on a random UUID for its pages' address; the
 * test profile fixes it (the `extensions.webextensions.uuids` preference), so that a test can open the sidebar's
 * page in a tab of its own, as a sidebar cannot be opened by automation.
 */
export const FIREFOX_EXTENSION_ORIGIN = 'moz-extension://6c2f0e4a-8d7b-4b1e-9a35-0f6d2c1b7e90';

/**
 * Headless Firefox with the built extension installed as a temporary add-on (unsigned, as `web-ext run` does).
 * @param {{ port: number, extensionDir?: string }} options the fixture server's port
 */
export async function launchFirefoxWithExtension({ port, extensionDir = FIREFOX_EXTENSION_DIR }) {
  const tunnel = await startLinkedInTunnel(port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true, // the fixture server's certificate is self-signed
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': tunnel.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': tunnel.port,
      'extensions.webextensions.uuids': JSON.stringify({
        'keep-in-touch@example.org': FIREFOX_EXTENSION_ORIGIN.replace('moz-extension://', ''),
      }),
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    async close() {
      await browser.close();
      await tunnel.close();
    },
  };
}
