/**
 * Whether the panel is collapsed: one choice for every LinkedIn tab, kept in the extension's local storage, so
 * that collapsing it in one tab collapses it in the others too.
 */
import { browser } from 'wxt/browser';

const COLLAPSED_KEY = 'panelCollapsed';

export async function readCollapsed(): Promise<boolean> {
  return Boolean((await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY]);
}

export function saveCollapsed(collapsed: boolean): void {
  void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
}

/** Tells of each change to the choice, this tab's own included. */
export function onCollapsedChanged(listener: (collapsed: boolean) => void): void {
  browser.storage.local.onChanged.addListener((changes) => {
    if (COLLAPSED_KEY in changes) listener(Boolean(changes[COLLAPSED_KEY].newValue));
  });
}
