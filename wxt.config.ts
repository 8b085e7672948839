import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './entrypoints/content/hosts';

/**
 * A test build (SYNC_TEST_HOST=127.0.0.1) may reach a sync server on that host without asking: the e2e tests
 * start one there and cannot click a permission prompt. It is built into a folder of its own, so that no release
 * is ever built or zipped with it.
 */
const SYNC_TEST_HOST = process.env.SYNC_TEST_HOST;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: SYNC_TEST_HOST ? '.output-sync-test' : '.output',
  vite: () => ({
    plugins: [preact()],
    // pouchdb-core installs pouchdb-changes-filter, which evaluates filters given as strings with `Function`:
    // Mozilla's review flags it (web-ext lint's DANGEROUS_EVAL), and MV3 forbids it. Sync never filters; this
    // one refuses such filters, and so no eval is bundled (see there).
    resolve: {
      alias: [
        {
          find: /^pouchdb-changes-filter$/,
          replacement: fileURLToPath(new URL('utils/sync/changes-filter.ts', import.meta.url)),
        },
      ],
    },
    // Vite's modulepreload polyfill fetch()es our own chunks; every browser we support preloads natively.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // LinkedIn loads the content script with every page: terser packs it about 4% smaller than esbuild's
    // minifier (25.8 → 24.9 kB gzip). The extension's own pages keep the faster default.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) {
        config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 3 } } };
      }
    },
  },
  // `npm run dev` (scripts/dev.mjs) sets CHROME_PATH to the Chromium it found.
  webExt: {
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : {},
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    startUrls: ['https://www.linkedin.com/feed/'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the panel's collapsed state and where it lives, the language, the last invitation template;
    // unlimitedStorage: the browser never evicts the contacts database; alarms: reminders as days pass;
    // notifications: the daily "who is due"; contextMenus: "Open dashboard" and "Open side panel" on the toolbar
    // button; scripting: "Insert into LinkedIn" puts a follow-up into the open conversation, run
    // in the LinkedIn tab on that click only (LinkedIn's hosts are granted already); sidePanel (Chrome): the
    // panel beside the page instead of in it, for those who choose it (Firefox's sidebar_action needs none).
    // None of them shows a warning at install.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The hosts the content script runs on already: no new warning. It lets the background read a LinkedIn tab's
    // address (tab.url), to answer a tab only about the profile it shows (entrypoints/background/router.ts).
    host_permissions: [...CONTENT_MATCHES, ...(SYNC_TEST_HOST ? [`http://${SYNC_TEST_HOST}/*`] : [])],
    // Sync, when the user turns it on: the dashboard asks for their server's host then, and only that one.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The dashboard's settings are the extension's options.
    options_ui: { page: 'dashboard.html#settings', open_in_tab: true },
    // The toolbar button carries the badge of who is due (WXT writes browser_action for Firefox's MV2).
    action: { default_title: '__MSG_actionTitle__' },
    // Keyboard shortcuts, changeable in the browser's shortcut settings (README, "The panel"). focus-panel: into
    // the panel on the page and back to the page, or, with the side panel chosen, opens it (background/commands.ts).
    commands: {
      'focus-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandFocusPanel__' },
      // Firefox toggles its sidebar itself on this one, as it does every sidebar.
      ...(browser === 'firefox' && {
        _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandSidebar__' },
      }),
    },
    ...(browser === 'firefox' && {
      // Firefox's MV2 has no optional_host_permissions: hosts are optional permissions there.
      optional_permissions: ['https://*/*', 'http://*/*'],
      browser_specific_settings: {
        gecko: {
          id: 'keep-in-touch@example.org',
          // Firefox asks add-ons to declare what they collect: nothing leaves the user's machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
