/**
 * What the manifest lets a web page see of the extension, in both browsers: nothing. No web-accessible resource
 * (LinkedIn probes for known extensions by requesting theirs) and no `externally_connectable` (no page may
 * message us). And the keyboard shortcuts the README names, which the browser's shortcut settings can change.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = Record<string, unknown> & { commands?: Record<string, { suggested_key?: { default?: string } }> };

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts declares its manifest as a function');
  const env = { browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' };
  return (await manifest(env as never)) as Manifest;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('declares no web-accessible resource and no externally_connectable', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('has a shortcut that moves the focus into the panel and back', async () => {
    const { commands } = await manifestFor(browser);
    expect(commands?.['focus-panel']?.suggested_key?.default).toBe('Alt+Shift+K');
  });
});

describe('the side panel', () => {
  it('opens in Chrome with the sidePanel permission, and nothing more than before', async () => {
    const { permissions } = await manifestFor('chrome');
    expect(permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'scripting',
      'sidePanel',
    ]);
  });

  it('toggles in Firefox by its own sidebar shortcut', async () => {
    const { commands, permissions } = await manifestFor('firefox');
    expect(commands?._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(permissions).not.toContain('sidePanel');
  });
});
