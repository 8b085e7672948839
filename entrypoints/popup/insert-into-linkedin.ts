/**
 * The popup's way to the LinkedIn conversation the user has open: the active LinkedIn tab of the window they
 * were last in (else any window's), whose content script puts the text in its message box
 * (entrypoints/content/message-box.ts). The extension never sends the message.
 */
import { browser } from 'wxt/browser';
import type { InsertFollowUp } from '@/entrypoints/content/message-box';
import { CONTENT_MATCHES } from '@/entrypoints/content/hosts';

/** Whether a LinkedIn tab had a message box to take the text. */
export async function insertIntoLinkedIn(text: string): Promise<boolean> {
  const [inLastWindow, anywhere] = await Promise.all([
    browser.tabs.query({ active: true, lastFocusedWindow: true, url: CONTENT_MATCHES }),
    browser.tabs.query({ active: true, url: CONTENT_MATCHES }),
  ]);
  const tab = inLastWindow[0] ?? anywhere[0];
  if (tab?.id === undefined) return false;
  const message: InsertFollowUp = { type: 'followup.insert', text };
  const answer = (await browser.tabs.sendMessage(tab.id, message)) as { inserted?: boolean } | undefined;
  return answer?.inserted === true;
}
