/**
 * LinkedIn's invitation dialog: whose Connect was pressed, where the note box is, what limit it shows, and
 * putting a note into it the way LinkedIn's own code will notice. Markup: ../shared/linkedin-pages/README.md,
 * "Connect and the note", and connect-invite-modal_verbatim-excerpts_2017-2026.html.
 *
 * The extension only fills the box; the click on Send stays the person's.
 */
import { identityFromSegment } from './urls';

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

/** Whose invitation a Connect control starts: the name it announces, and the slug when it links one. */
export interface Invitee {
  name: string;
  slug?: string;
}

const CONNECT = [
  '[aria-label^="Invite "][aria-label$=" to connect"]', // Ember buttons and SDUI menu items, English UI
  'a[href*="/preload/custom-invite/"]', // SDUI "More" menu: /preload/custom-invite/?vanityName=<slug>
];

/** The invitee of a clicked element, if it is (inside) a Connect control. */
export function inviteeOf(clicked: Element): Invitee | null {
  const control = clicked.closest(CONNECT.join(', '));
  if (!control) return null;
  const labelled = control.matches(CONNECT[0]) ? control : control.querySelector(CONNECT[0]);
  const name = /^Invite (.+) to connect$/.exec(labelled?.getAttribute('aria-label') ?? '')?.[1] ?? '';
  const link =
    control.closest('a[href*="/preload/custom-invite/"]') ??
    control.querySelector('a[href*="/preload/custom-invite/"]');
  const vanity = link && new URL(link.getAttribute('href')!, 'https://www.linkedin.com').searchParams.get('vanityName');
  const slug = vanity ? identityFromSegment(vanity)?.slug : undefined;
  return name || slug ? { name, slug } : null;
}
