/** The popup's way to the dashboard, and straight to its settings. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Opens a page of the dashboard in a tab of its own. */
function openDashboard(section = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${section}`) });
}

export function DashboardLinks() {
  return (
    <div class="links">
      <button type="button" class="link" data-testid="open-dashboard" onClick={() => openDashboard()}>
        {t('openDashboard')}
      </button>
      <button type="button" class="link" data-testid="open-settings" onClick={() => openDashboard('#settings')}>
        {t('dashboardSettings')}
      </button>
    </div>
  );
}
