/**
 * What the followed tab shows, as its content script tells it over a port (utils/side-panel-link.ts), checked
 * against the tab's address (tab-page.ts). The port lasts as long as the page: LinkedIn's in-app navigation is
 * told over it; a new page (a reload, another site and back) is connected to again when the tab says it changed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { isLinkedInUrl } from '@/utils/linkedin/urls';
import { SIDE_PANEL_PORT, type FillNoteBox, type TabPage } from '@/utils/side-panel-link';
import { tabPageOf } from './tab-page';

const NOTHING: TabPage = { profile: null, noteBox: null };
/**
 * A page still loading may not have its content script listening yet: its port closes unanswered, and is tried
 * again this often, for as long (LinkedIn's top card is read long before a large page has finished loading).
 */
const RETRY_MS = 100;
const RETRIES = 100;

export function useTabPage(tabId: number | null): { page: TabPage; fill: (text: string) => void } {
  const [page, setPage] = useState<TabPage>(NOTHING);
  const port = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    setPage(NOTHING);
    if (tabId === null) return;
    let stopped = false;
    // The tab's last answer and address: the address can change after the answer (pushState), and back.
    let answer: unknown = null;
    let url: string | undefined;
    let retries = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const believe = () => {
      if (!stopped) setPage(tabPageOf(answer, url));
    };

    // One port at a time: the tab's updates come in bursts (its address, then its status), each asking.
    let connecting = false;
    const connect = async () => {
      if (connecting || port.current) return;
      connecting = true;
      const tab = await browser.tabs.get(tabId).catch(() => null);
      connecting = false;
      if (stopped || port.current) return;
      url = tab?.url;
      // Only LinkedIn's pages have our content script to answer.
      if (!url || !isLinkedInUrl(url)) return believe();
      const connected = browser.tabs.connect(tabId, { name: SIDE_PANEL_PORT });
      port.current = connected;
      let answered = false;
      connected.onMessage.addListener((message: unknown) => {
        answered = true;
        retries = 0;
        answer = message;
        void browser.tabs.get(tabId).then((now) => {
          url = now.url;
          believe();
        }, believe);
      });
      connected.onDisconnect.addListener(() => {
        void browser.runtime.lastError; // no content script there (yet)
        if (port.current === connected) port.current = null;
        answer = null;
        believe();
        // Unanswered: the page is loading; else the page went (a reload, another site), and the tab's update
        // below connects to the next one.
        if (!answered && !stopped && retries++ < RETRIES) retry = setTimeout(() => void connect(), RETRY_MS);
      });
    };

    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id !== tabId) return;
      if (change.url) {
        url = change.url;
        believe();
      }
      if (!port.current && (change.url || change.status)) void connect();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      browser.tabs.onUpdated.removeListener(onUpdated);
      port.current?.disconnect();
      port.current = null;
    };
  }, [tabId]);

  // One message per click on Insert: the tab fills LinkedIn's box once.
  const fill = useCallback(
    (text: string) => port.current?.postMessage({ type: 'fill', text } satisfies FillNoteBox),
    [],
  );
  return { page, fill };
}
