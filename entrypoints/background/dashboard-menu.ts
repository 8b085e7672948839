/** "Open dashboard" in the toolbar button's context menu (right-click), beside the popup's link to it. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

const MENU_ID = 'open-dashboard';

export function offerDashboardMenu(): void {
  // Menus persist across restarts of the worker: create it once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('openDashboard'),
        // Firefox's MV2 calls the toolbar button browser_action.
        contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
}
