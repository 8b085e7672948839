/**
 * Nothing the person writes may reach LinkedIn's page scripts: not through the DOM, not through shadow roots,
 * not through key or input events, and not through storage in linkedin.com's origin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoutes, openProfile } from './harness';
import { browserForFile } from './browser-for-file';
import { SEEN_BY_PAGE, spiedProfilePage } from './spied-page';

const spied = spiedProfilePage();
const session = browserForFile({ ...fixtureRoutes(), '/in/aino-virtanen-4b2a1c/': spied });

const SECRET = 'Secret plan: hire Aino away';

describe('a LinkedIn page script', () => {
  it('sees none of the keystrokes typed into the panel, while the panel still works', async () => {
    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    await panel.page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen.length = 0));
    await panel.addNote(SECRET); // typed key by key, saved with Ctrl+Enter
    expect(await panel.page.evaluate(SEEN_BY_PAGE)).toEqual([]);

    // Keystrokes outside the panel still reach the page as before.
    await panel.page.mouse.click(5, 300);
    await panel.page.keyboard.type('x');
    expect((await panel.page.evaluate(SEEN_BY_PAGE)).length).toBeGreaterThan(0);
    await panel.page.close();
  });

  it('cannot tell from the panel’s size or where it ends whether anyone is saved, even by restyling its host', async () => {
    /** What the page's script can measure of the panel: its box, its scroll size, and where clicks land. */
    const measure = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const host = document.querySelector('keep-in-touch-panel') as HTMLElement;
        // Custom properties reach into a shadow root from its host: a page may try to lift any cap with them.
        host.style.setProperty('--kit-top', '-100000px');
        const lifted = host.getBoundingClientRect();
        host.style.removeProperty('--kit-top');
        const box = host.getBoundingClientRect();
        const hits = [];
        for (let y = 0; y < innerHeight; y += 8) hits.push(document.elementFromPoint(box.left + 20, y) === host);
        return JSON.stringify([lifted.top, lifted.height, box.top, box.height, box.width, host.scrollHeight, hits]);
      });
    const unsaved = await openProfile(session().context, '/in/liisa-makela/');
    await unsaved.waitForPerson('liisa-makela');
    const whenNoOne = await measure(unsaved.page);
    await unsaved.addNote('One note');
    await unsaved.addNote('A second, longer note that takes more than one line of the panel to show in full');
    await unsaved.waitFor('note-item', (items) => items.length === 2);
    expect(await measure(unsaved.page)).toBe(whenNoOne);
    await unsaved.page.close();
  });

  it('cannot tell from the collapsed panel’s size whether the person is saved under another name', async () => {
    const collapsedBox = async (panel: Awaited<ReturnType<typeof openProfile>>) => {
      await panel.click('panel-collapse');
      await panel.waitFor('panel', ([root]) => root?.attributes['data-state'] === 'collapsed');
      const box = await panel.page.evaluate(() => {
        const { width, height } = document.querySelector('keep-in-touch-panel')!.getBoundingClientRect();
        return [width, height];
      });
      await panel.click('panel-expand');
      await panel.waitFor('panel', ([root]) => root?.attributes['data-state'] !== 'collapsed');
      return box;
    };
    const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
    await panel.waitForPerson('mikko-korhonen-77');
    const unsaved = await collapsedBox(panel);
    await panel.choose('contact-name', 'Mikko Korhonen, who sold us the boat in Naantali in the summer of 2019');
    await panel.waitFor('contact-name', ([field]) => field?.attributes['value']?.includes('Naantali') ?? true);
    await panel.addNote('Saved now');
    expect(await collapsedBox(panel)).toEqual(unsaved);
    await panel.page.close();
  });

  it('cannot read a note from the DOM, the shadow root, or storage, and linkedin.com has no database of ours', async () => {
    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    await panel.waitFor('note-text', (notes) => notes.some((note) => note.text === SECRET));

    const found = await panel.page.evaluate(async (secret) => {
      const host = document.querySelector('keep-in-touch-panel');
      const everything = [...document.querySelectorAll('*')]
        .map((element) => element.shadowRoot?.innerHTML ?? '')
        .join('');
      return {
        shadowRoot: host?.shadowRoot ?? null,
        inDom: document.documentElement.outerHTML.includes(secret) || document.body.innerText.includes(secret),
        inOpenShadowRoots: everything.includes(secret),
        databases: (await indexedDB.databases()).map((database) => database.name),
        localStorage: Object.keys(localStorage).length + Object.keys(sessionStorage).length,
        cookies: document.cookie,
      };
    }, SECRET);
    expect(found).toEqual({
      shadowRoot: null,
      inDom: false,
      inOpenShadowRoots: false,
      databases: [],
      localStorage: 0,
      cookies: '',
    });

    // Where the note does live: the extension's own origin.
    const inExtension = await session().worker.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name),
    );
    expect(inExtension).toContain('keep-in-touch');
    await panel.page.close();
  });
});

describe('the built extension', () => {
  const output = resolve('.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8'));
  const contentScript = readFileSync(join(output, 'content-scripts/content.js'), 'utf8');

  it('exposes no resources to web pages and asks for no more than it needs', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    // alarms and notifications: reminders; storage: the panel's collapsed state; unlimitedStorage: no eviction;
    // contextMenus: "Open dashboard" on the toolbar button; scripting: "Insert into LinkedIn", run in a LinkedIn
    // tab on that click only; sidePanel: the panel beside the page, for those who choose it. None warns at install.
    expect(manifest.permissions.sort()).toEqual([
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
    // LinkedIn's own site, www and the two-letter country hosts, and nothing else (entrypoints/content/hosts.ts).
    const reach = manifest.content_scripts.map((script: { matches: string[]; include_globs: string[] }) => ({
      matches: script.matches,
      globs: [...script.include_globs].sort(),
    }));
    expect(reach).toEqual([
      {
        matches: ['https://*.linkedin.com/*'],
        globs: ['https://??.linkedin.com/*', 'https://linkedin.com/*', 'https://www.linkedin.com/*'],
      },
    ]);
    // The same hosts, so nothing new warns at install: the background reads a LinkedIn tab's address. A release
    // build never holds the sync tests' 127.0.0.1.
    expect(manifest.host_permissions).toEqual(['https://*.linkedin.com/*']);
    // Sync's server is asked for when the user turns sync on, and only its host.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('runs to its end without an error of its own: the name WXT’s last line reads is declared', () => {
    // WXT ends a content script with its name, as the value executeScript answers; a minifier that drops the
    // `var` it is declared by (terser's toplevel) makes every LinkedIn page log a ReferenceError.
    const last = contentScript.trimEnd().split('\n').at(-1)!;
    expect(last).toBe('content;');
    expect(contentScript.startsWith('var content=')).toBe(true);
  });

  it('keeps the database out of the content script', () => {
    expect(contentScript).not.toMatch(/indexedDB|Dexie/);
  });

  it('makes no network request of its own: only the background can, to the sync server the user chose', () => {
    const scripts = readdirSync(output, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    // The content script, the background, the popup's and the dashboard's chunks, the import worker.
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const file of scripts.filter((script) => script !== 'background.js')) {
      const code = readFileSync(join(output, file), 'utf8');
      const requests = code.match(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/g);
      expect(requests, file).toBeNull();
    }
    // The background's requests are PouchDB's, to the server in the sync settings, which exist only once the
    // user turned sync on (entrypoints/background/sync.ts); nothing else there opens a socket or a beacon.
    const background = readFileSync(join(output, 'background.js'), 'utf8');
    expect(background.match(/XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/g)).toBeNull();
  });

  it('evaluates no string as code', () => {
    // MV3 forbids it at run time, and Mozilla's review flags it in the Firefox build (there web-ext lint checks
    // too). PouchDB's changes filter did, for filters given by name: the build replaces it (wxt.config.ts).
    const evaluates = /(?<![\w$.])eval\(|\bnew Function\b|(?<![\w$.])Function(?:\.apply|\.call)?\(/g;
    const scripts = readdirSync(output, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.js'));
    expect(scripts).toContain('background.js');
    for (const file of scripts) expect(readFileSync(join(output, file), 'utf8').match(evaluates), file).toBeNull();
  });
});
