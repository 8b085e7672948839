/**
 * "Insert into LinkedIn" for a follow-up written in the popup: the text goes into the message box of the
 * LinkedIn conversation with that person, as if typed, for the user to read and send themselves. The extension
 * never presses Send.
 *
 * The popup runs `insertFollowUp` in the LinkedIn tab only when asked (scripting.executeScript, in the
 * extension's isolated world, where the page's scripts cannot reach it), rather than every LinkedIn page
 * carrying it in the content script. So it is whole in itself: the browser sends the function's text, without
 * anything else from this module.
 */

/**
 * What happened: written in; no conversation open; the conversation open is with someone else; or its box
 * already holds other text, which is the user's and stays.
 */
export type InsertOutcome = 'inserted' | 'no-box' | 'someone-else' | 'not-empty';

/**
 * Puts `text` into the message box of the conversation with `name` open in this page, through the browser's
 * own editing (insertText), so that LinkedIn's editor sees input as from the keyboard and enables its Send
 * button. Only into an empty box (text of the user's own stays; the same text again changes nothing) of a
 * conversation with the person, when its heading says who.
 */
export function insertFollowUp(text: string, name: string): InsertOutcome {
  // The box: the one being typed in, else the last opened (a conversation bubble opens after the page's own).
  // LinkedIn's is the editable element of its message form (.msg-form__contenteditable), in any UI language.
  const boxes = [...document.querySelectorAll<HTMLElement>('.msg-form [contenteditable="true"]')];
  const box = boxes.find((each) => each.contains(document.activeElement)) ?? boxes.at(-1);
  if (!box) return 'no-box';

  // Whom the conversation is with: the nearest heading up from the box (a bubble's own, or the thread's).
  let heading: string | null = null;
  for (let around = box.parentElement; around && heading === null; around = around.parentElement) {
    const title = around.querySelector('.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title');
    heading = title?.textContent?.trim() || null;
  }
  // LinkedIn writes a name alike in its headings and on the profile: every word of it, in any case.
  const wordsOf = (words: string) => words.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const inHeading = new Set(wordsOf(heading ?? ''));
  if (heading !== null && !wordsOf(name).every((word) => inHeading.has(word))) return 'someone-else';

  const present = box.innerText.trim();
  if (present === text.trim()) return 'inserted';
  if (present !== '') return 'not-empty';
  box.focus();
  document.getSelection()?.selectAllChildren(box);
  document.execCommand('insertText', false, text);
  return 'inserted';
}
