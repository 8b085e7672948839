/** Leaving the welcome, by Skip or Finish: its tab closes, for it was opened for the welcome alone. */
import { browser } from 'wxt/browser';

export async function leaveWelcome(): Promise<void> {
  // window.close() is refused once the steps have added to the tab's history; the tabs API closes it anyway.
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
