/**
 * The popup's way to the LinkedIn conversation the user has open: the active LinkedIn tab of the window they
 * were last in (else any window's), whose content script puts the text in its message box
 * (entrypoints/content/message-box.ts). The extension never sends the message.
 */
import { browser } from 'wxt/browser';
import type { InsertFollowUp, InsertOutcome } from '@/entrypoints/content/message-box';
import { CONTENT_MATCHES } from '@/entrypoints/content/hosts';

/** What the LinkedIn tab did with the text for `name` (no LinkedIn tab: no box). */
export async function insertIntoLinkedIn(text: string, name: string): Promise<InsertOutcome> {
  const [inLastWindow, anywhere] = await Promise.all([
    browser.tabs.query({ active: true, lastFocusedWindow: true, url: CONTENT_MATCHES }),
    browser.tabs.query({ active: true, url: CONTENT_MATCHES }),
  ]);
  const tab = inLastWindow[0] ?? anywhere[0];
  if (tab?.id === undefined) return 'no-box';
  const message: InsertFollowUp = { type: 'followup.insert', text, name };
  // A tab opened before the extension was installed has no content script to answer.
  return ((await browser.tabs.sendMessage(tab.id, message).catch(() => 'no-box')) as InsertOutcome) ?? 'no-box';
}
