/**
 * Which tab the side panel shows: the pinned one, or the active tab of the side panel's own window, followed as
 * the user switches tabs and windows.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';

export function useFollowedTab(pinned: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    const followActive = async () => {
      windowId ??= (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      setTabId(active?.id ?? null);
    };
    const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    // Back in this window after another: its active tab may have been closed or replaced meanwhile.
    const onFocusChanged = (focused: number) => {
      if (focused === windowId) void followActive();
    };
    void followActive();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows.onFocusChanged.addListener(onFocusChanged);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows.onFocusChanged.removeListener(onFocusChanged);
    };
  }, [pinned]);
  return tabId;
}
