/**
 * The keyboard shortcut (wxt.config.ts `commands`): with the panel in the page, the focus into it and back
 * (entrypoints/content/focus-shortcut.ts); with the side panel chosen, opens the side panel. Firefox toggles its
 * sidebar on `_execute_sidebar_action` itself.
 */
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/utils/open-side-panel';
import { FOCUS_PANEL } from '@/utils/side-panel-link';
import { panelPlaceItem } from '@/utils/storage-items';
import type { PanelPlace } from '@/utils/settings';

export function listenForCommands(): void {
  // Known before the key is pressed: the side panel opens only in the shortcut's own turn, without waiting.
  let place: PanelPlace | null = null;
  // A change told while the first read is under way is newer than what that read brings.
  void panelPlaceItem.getValue().then((stored) => (place ??= stored));
  panelPlaceItem.watch((next) => (place = next));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'focus-panel') return;
    if (place === 'side-panel') {
      openSidePanel(tab?.windowId).catch(console.warn);
      return;
    }
    // A tab without our content script (not LinkedIn) does not answer: nothing to focus there.
    if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, { type: FOCUS_PANEL }).catch(() => undefined);
  });
}
