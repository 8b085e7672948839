/**
 * "Insert into LinkedIn" for a follow-up written in the popup: the text goes into the message box of a
 * LinkedIn conversation open in this tab, as if typed, for the user to read and send themselves. The
 * extension never presses Send. Only the extension's own pages can ask (a content script hears runtime
 * messages from its extension alone); the page's scripts cannot.
 */
import { browser } from 'wxt/browser';

export interface InsertFollowUp {
  type: 'followup.insert';
  text: string;
}

function isInsertFollowUp(message: unknown): message is InsertFollowUp {
  const candidate = message as InsertFollowUp | null;
  return candidate?.type === 'followup.insert' && typeof candidate.text === 'string';
}

/**
 * The message box to write in: the one with the keyboard's focus, else the last opened (a conversation bubble
 * opens after the page's own, and the newest is the one the user just opened). LinkedIn's box is a
 * contenteditable textbox in its message form, whatever the UI language.
 */
export function findMessageBox(document: Document): HTMLElement | null {
  const boxes = [
    ...document.querySelectorAll<HTMLElement>(
      '.msg-form__contenteditable[contenteditable="true"], .msg-form [contenteditable="true"][role="textbox"]',
    ),
  ];
  return boxes.find((box) => box.contains(document.activeElement)) ?? boxes.at(-1) ?? null;
}

/**
 * Puts the text at the end of the box, through the browser's own editing (insertText), so that LinkedIn's
 * editor sees input as from the keyboard and enables its Send button. Answers whether there was a box.
 */
export function insertIntoMessageBox(document: Document, text: string): boolean {
  const box = findMessageBox(document);
  if (!box) return false;
  box.focus();
  const selection = document.getSelection();
  selection?.selectAllChildren(box);
  selection?.collapseToEnd();
  document.execCommand('insertText', false, text);
  return true;
}

/** Answers the popup's "Insert into LinkedIn" in this tab, until `signal` ends the content script. */
export function listenForFollowUpInserts(signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isInsertFollowUp(message)) return undefined;
    return Promise.resolve({ inserted: insertIntoMessageBox(document, message.text) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
