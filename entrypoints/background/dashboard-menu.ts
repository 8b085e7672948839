/**
 * The toolbar button's context menu (right-click): "Open dashboard", beside the popup's link to it, and "Open
 * side panel", the panel beside the page (utils/open-side-panel.ts).
 */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { openSidePanel } from '@/utils/open-side-panel';

const MENU_ID = 'open-dashboard';
const SIDE_PANEL_MENU_ID = 'open-side-panel';

export function offerDashboardMenu(): void {
  // Menus persist across restarts of the worker: create them once per install or update.
  // Firefox's MV2 calls the toolbar button browser_action.
  const contexts = [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'] as const;
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: t('openDashboard'), contexts: [...contexts] });
      browser.contextMenus.create({ id: SIDE_PANEL_MENU_ID, title: t('openSidePanel'), contexts: [...contexts] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    // In the click's own turn: the browser opens a side panel only in answer to the user.
    if (info.menuItemId === SIDE_PANEL_MENU_ID) openSidePanel(tab?.windowId).catch(console.warn);
  });
}
