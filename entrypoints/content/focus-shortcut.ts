/**
 * The focus-panel shortcut (wxt.config.ts `commands`), as the background hands it to the tab it was pressed in:
 * the panel is the last stop in the page's tab order, so the shortcut takes the focus there and back.
 */
import { browser } from 'wxt/browser';
import { FOCUS_PANEL } from '@/utils/side-panel-link';

export function listenForFocusShortcut(toggleFocus: () => void, signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background (no tab) of this extension; a page cannot reach this listener anyway.
    if (sender.id === browser.runtime.id && !sender.tab && (message as { type?: unknown })?.type === FOCUS_PANEL) {
      toggleFocus();
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
