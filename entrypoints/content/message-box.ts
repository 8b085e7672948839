/**
 * "Insert into LinkedIn" for a follow-up written in the popup: the text goes into the message box of the
 * LinkedIn conversation with that person open in this tab, as if typed, for the user to read and send
 * themselves. The extension never presses Send. Only the extension's own pages can ask (a content script hears
 * runtime messages from its extension alone); the page's scripts cannot.
 */
import { browser } from 'wxt/browser';
import { wordsOf } from '@/utils/search';

export interface InsertFollowUp {
  type: 'followup.insert';
  text: string;
  /** Whom the message is for, as stored: the conversation must be with them. */
  name: string;
}

/**
 * What happened: written in; no conversation open; the conversation open is with someone else; or its box
 * already holds other text, which is the user's and stays.
 */
export type InsertOutcome = 'inserted' | 'no-box' | 'someone-else' | 'not-empty';

function isInsertFollowUp(message: unknown): message is InsertFollowUp {
  const candidate = message as InsertFollowUp | null;
  return (
    candidate?.type === 'followup.insert' && typeof candidate.text === 'string' && typeof candidate.name === 'string'
  );
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

/** The headings that name the other person: a full conversation's, and a conversation bubble's. */
const CONVERSATION_TITLE = '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title';

/**
 * Who the conversation around a box is with, as its heading says: the nearest heading up from the box (a
 * bubble holds its own; the messaging page one for its thread). Null when there is none to read.
 */
export function conversationWith(box: HTMLElement): string | null {
  for (let around = box.parentElement; around; around = around.parentElement) {
    const title = around.querySelector(CONVERSATION_TITLE);
    if (title?.textContent?.trim()) return title.textContent.trim();
  }
  return null;
}

/** Whether a heading names the person: every word of their stored name in it, accents and case aside. */
function names(heading: string, name: string): boolean {
  const words = new Set(wordsOf(heading));
  return wordsOf(name).every((word) => words.has(word));
}

/**
 * Puts the text in the box, through the browser's own editing (insertText), so that LinkedIn's editor sees
 * input as from the keyboard and enables its Send button. Only into an empty box (text of the user's own
 * stays; the same text again changes nothing) of a conversation with the person, when its heading says who.
 */
export function insertIntoMessageBox(document: Document, text: string, name: string): InsertOutcome {
  const box = findMessageBox(document);
  if (!box) return 'no-box';
  const other = conversationWith(box);
  if (other !== null && name.trim() && !names(other, name)) return 'someone-else';
  const present = box.innerText.trim();
  if (present === text.trim()) return 'inserted';
  if (present !== '') return 'not-empty';
  box.focus();
  const selection = document.getSelection();
  selection?.selectAllChildren(box);
  document.execCommand('insertText', false, text);
  return 'inserted';
}

/** Answers the popup's "Insert into LinkedIn" in this tab, until `signal` ends the content script. */
export function listenForFollowUpInserts(signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isInsertFollowUp(message)) return undefined;
    return Promise.resolve(insertIntoMessageBox(document, message.text, message.name));
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
