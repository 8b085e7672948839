/** The welcome page (entrypoints/welcome), opened once when the extension is installed: not on updates. */
import { browser } from 'wxt/browser';

export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
