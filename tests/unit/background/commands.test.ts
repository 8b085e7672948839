/**
 * The panel's keyboard shortcut (entrypoints/background/commands.ts): with the panel in the page it asks the tab
 * it was pressed in to move the focus; with the side panel chosen it opens the side panel, in the shortcut's own
 * turn, since the browser opens one only in answer to the user and not after anything was awaited.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { listenForCommands } from '@/entrypoints/background/commands';
import { panelPlaceItem } from '@/utils/storage-items';

const tab = { id: 7, windowId: 3, index: 0, active: true, highlighted: true, pinned: false, incognito: false };
const open = vi.fn(async () => undefined);
// The fake browser has no commands: the listener is caught here, and called as the browser would.
type OnCommand = (command: string, pressedIn: typeof tab) => void;
let onCommand: OnCommand | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  (browser as unknown as { sidePanel: object }).sidePanel = { open };
  open.mockClear();
  onCommand = undefined;
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as unknown as OnCommand;
  });
});
afterEach(() => {
  delete (browser as unknown as { sidePanel?: object }).sidePanel;
});

/** Presses the shortcut and returns what happened before anything could be awaited. */
async function press(command: string) {
  const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  onCommand!(command, tab);
  const atOnce = { opened: open.mock.calls.slice(), told: sendMessage.mock.calls.slice() };
  sendMessage.mockRestore();
  return atOnce;
}

describe('the focus-panel shortcut', () => {
  it('with the panel in the page, asks the tab it was pressed in to move the focus', async () => {
    listenForCommands();
    const { opened, told } = await press('focus-panel');
    expect(told).toEqual([[7, { type: 'panel.focus' }]]);
    expect(opened).toEqual([]);
  });

  it('with the side panel chosen, opens it beside that window, at once', async () => {
    await panelPlaceItem.setValue('side-panel');
    listenForCommands();
    await vi.waitFor(async () => {
      open.mockClear();
      const { opened, told } = await press('focus-panel');
      expect(opened).toEqual([[{ windowId: 3 }]]);
      expect(told).toEqual([]);
    });
  });

  it('follows a change of the setting made after it started', async () => {
    listenForCommands();
    await panelPlaceItem.setValue('side-panel');
    await vi.waitFor(async () => {
      open.mockClear();
      expect((await press('focus-panel')).opened).toHaveLength(1);
    });
  });

  it('answers no other command', async () => {
    listenForCommands();
    const { opened, told } = await press('_execute_sidebar_action');
    expect([opened, told]).toEqual([[], []]);
  });
});
