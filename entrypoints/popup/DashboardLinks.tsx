/** The popup's way to the dashboard, straight to its settings, and to the side panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { openSidePanel } from '@/utils/open-side-panel';

/** Opens a page of the dashboard in a tab of its own. */
function openDashboard(section = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${section}`) });
}

/** `offerSidePanel`: the popup offers it; the side panel, which shows these links too, does not offer itself. */
export function DashboardLinks({ offerSidePanel }: { offerSidePanel: boolean }) {
  // Known before the click: the browser opens a side panel only in the click's own turn.
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (offerSidePanel) void browser.windows.getCurrent().then((current) => setWindowId(current.id));
  }, [offerSidePanel]);
  const toSidePanel = () => {
    openSidePanel(windowId).then((opened) => opened && window.close(), console.warn);
  };

  return (
    <div class="links">
      <button type="button" class="link" data-testid="open-dashboard" onClick={() => openDashboard()}>
        {t('openDashboard')}
      </button>
      <button type="button" class="link" data-testid="open-settings" onClick={() => openDashboard('#settings')}>
        {t('dashboardSettings')}
      </button>
      {offerSidePanel && (
        <button type="button" class="link" data-testid="open-side-panel" onClick={toSidePanel}>
          {t('openSidePanel')}
        </button>
      )}
    </div>
  );
}
