/**
 * Opens the panel in the browser's side panel: Chrome's side panel, or Firefox's sidebar. Both browsers allow it
 * only in answer to the user's action (a click, a menu item, a shortcut), so call it first thing in the handler,
 * before anything that waits.
 */
import { browser } from 'wxt/browser';

interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens it beside the tabs of this window; resolves false where the browser has neither. */
export async function openSidePanel(windowId: number | undefined): Promise<boolean> {
  const apis = browser as unknown as SidePanelApis;
  if (apis.sidePanel && windowId !== undefined) {
    await apis.sidePanel.open({ windowId });
    return true;
  }
  if (apis.sidebarAction) {
    await apis.sidebarAction.open();
    return true;
  }
  return false;
}
