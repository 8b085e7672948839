/**
 * The popup's way to the LinkedIn conversation the user has open: the active LinkedIn tab of the window they
 * were last in (else any window's), where `insertFollowUp` runs once, on this click (utils/linkedin/
 * message-box.ts). The extension never sends the message.
 */
import { browser } from 'wxt/browser';
import { CONTENT_MATCHES } from '@/entrypoints/content/hosts';
import { insertFollowUp, type InsertOutcome } from '@/utils/linkedin/message-box';

/** What the LinkedIn tab did with the text for `name` (no LinkedIn tab: no box). */
export async function insertIntoLinkedIn(text: string, name: string): Promise<InsertOutcome> {
  const [inLastWindow, anywhere] = await Promise.all([
    browser.tabs.query({ active: true, lastFocusedWindow: true, url: CONTENT_MATCHES }),
    browser.tabs.query({ active: true, url: CONTENT_MATCHES }),
  ]);
  const tab = inLastWindow[0] ?? anywhere[0];
  if (tab?.id === undefined) return 'no-box';
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: insertFollowUp,
    args: [text, name],
  });
  return (injection?.result as InsertOutcome | undefined) ?? 'no-box';
}
