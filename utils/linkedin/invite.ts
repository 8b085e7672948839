/**
 * LinkedIn's invitation dialog: where the note box is, what limit it shows, putting a note into it the way
 * LinkedIn's own code will notice, and which button sends it. Markup: ../shared/linkedin-pages/README.md,
 * "Connect and the note", and connect-invite-modal_verbatim-excerpts_2017-2026.html. Whose invitation it is:
 * invitee.ts.
 *
 * The extension only fills the box; the click on Send stays the person's.
 */

const NOTE_BOX = [
  'textarea#custom-message', // Ember "send-invite" stage 2, 2017-2026
  '[data-test-modal-id="send-invite-modal"] textarea[name="message"]', // Ember dialog, by its modal id
  '.send-invite textarea[name="message"]', // Ember dialog, by its class
];

/** The open shadow roots LinkedIn renders dialogs into, out of sight of a document's observers and queries. */
export function overlayRoots(root: Document): ShadowRoot[] {
  const outlet = root.querySelector('#interop-outlet')?.shadowRoot; // newer overlays (2025-26) render in there
  return outlet ? [outlet] : [];
}

/** The note box of an open invitation dialog, in the page or inside #interop-outlet's open shadow root. */
export function findNoteBox(root: Document): HTMLTextAreaElement | null {
  for (const scope of [root, ...overlayRoots(root)]) {
    for (const selector of NOTE_BOX) {
      const box = scope.querySelector<HTMLTextAreaElement>(selector);
      if (box) return box;
    }
  }
  return null;
}

/** The limit the box itself shows: its maxlength (2017), or a counter such as "0/300" in its dialog. */
export function noteLimitShown(box: HTMLTextAreaElement): number | null {
  const maxLength = Number(box.getAttribute('maxlength'));
  if (maxLength > 0) return maxLength;
  const dialog = box.closest('[role="dialog"], .artdeco-modal, [data-test-modal]') ?? box.parentElement;
  const counter = /\b\d{1,3}\s*\/\s*(200|300)\b/.exec(dialog?.textContent ?? '');
  return counter ? Number(counter[1]) : null;
}

/**
 * Puts the note into the box as typing would: through the native value setter (frameworks watch the
 * property), then the input event LinkedIn listens for to enable Send.
 */
export function fillNoteBox(box: HTMLTextAreaElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  box.focus();
  setValue.call(box, text);
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The dialog around a note box: LinkedIn's modal, or (2017 markup, no dialog role) the nearest block with a button. */
function dialogOf(box: Element): Element | null {
  const modal = box.closest('[role="dialog"], [data-test-modal], .artdeco-modal');
  if (modal) return modal;
  let block = box.parentElement;
  while (block && !block.querySelector('button')) block = block.parentElement;
  return block;
}

// The dialog's primary action, by structure: LinkedIn translates "Send" and "Send invitation" into the user's
// language, but not its classes, its form roles, nor where it puts the action bar.
const SEND = [
  'button.artdeco-button--primary', // Ember "send-invite" dialog, artdeco markup (excerpts 2024-26, blocks B-D)
  'button.button-primary-large', // Ember invitation, 2017-18 (excerpt block E)
  'button[type="submit"]', // a dialog built as a form (none seen yet): its submit button
  'button', // hashed classes only (as SDUI renders): the last button after the box, where the primary action sits
];

/**
 * The button that sends the box's invitation, whatever the UI language: the dialog's primary action after the
 * box. Only buttons after the box count (the action bar is below it), so Dismiss and stage 1's buttons are never
 * taken for it; of several, the last, as the primary action ends the bar.
 */
export function findSendButton(box: HTMLTextAreaElement): HTMLButtonElement | null {
  const dialog = dialogOf(box);
  if (!dialog) return null;
  const afterBox = (button: Node) => Boolean(box.compareDocumentPosition(button) & box.DOCUMENT_POSITION_FOLLOWING);
  for (const selector of SEND) {
    const buttons = [...dialog.querySelectorAll<HTMLButtonElement>(selector)].filter(afterBox);
    if (buttons.length > 0) return buttons[buttons.length - 1];
  }
  return null;
}

/**
 * Whether an event presses the box's Send button, enabled: `path` is the event's composedPath(), which reaches
 * into #interop-outlet's open shadow root where the event's target is only the outlet.
 */
export function pressesSend(path: readonly EventTarget[], box: HTMLTextAreaElement): boolean {
  const send = findSendButton(box);
  if (!send || send.disabled || send.getAttribute('aria-disabled') === 'true') return false;
  return path.includes(send);
}
