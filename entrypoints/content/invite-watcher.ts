/**
 * Watches LinkedIn's invitation dialog: remembers whose Connect was pressed, offers the panel's composer while
 * the note box is open, and reports the invitation when the person presses LinkedIn's Send, with the note the
 * box holds at that moment (they may have edited it after inserting). Closing the dialog unsent reports nothing.
 *
 * Only listens: it neither stops, changes nor dispatches LinkedIn's events, and keeps what it learns here.
 */
import type { NoteBox } from '@/components/panel/InviteComposer';
import { fillNoteBox, findNoteBox, noteLimitShown, overlayRoots, pressesSend } from '@/utils/linkedin/invite';
import { inviteeOf, type Invitee } from '@/utils/linkedin/invitee';
import { observeShadowRoot, onDomChange } from './dom-changes';

/** Coalesces bursts of DOM changes into one look for the box. */
const CHECK_DELAY_MS = 50;

/** An invitation sent with a note. */
export interface SentInvitation {
  invitee: Invitee | null;
  text: string;
}

interface Reports {
  /** The note box opened (or closed, with null). */
  onNoteBox(noteBox: NoteBox | null): void;
  /** Send was pressed with a note in the box. */
  onSent(sent: SentInvitation): void;
}

export function watchInvitations({ onNoteBox, onSent }: Reports, signal: AbortSignal): void {
  let invitee: Invitee | null = null;
  let open: { box: HTMLTextAreaElement; noteBox: NoteBox; sent: boolean } | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const sendPressed = (event: Event) => {
    if (!open || open.sent || !pressesSend(event.composedPath(), open.box)) return;
    open.sent = true; // a double click, or Enter's keydown and the click it makes, is one invitation
    const text = open.box.value.trim();
    // Sent without a note: no personalised note to remember, nor one of the month's to count.
    if (text) onSent({ invitee: open.noteBox.invitee, text });
  };

  // Capture phase on the document: before LinkedIn's own handlers send the invitation and remove the dialog.
  // The composed path reaches into #interop-outlet's open shadow root, where newer dialogs render.
  const listen = <K extends 'click' | 'keydown'>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, listener, { capture: true, signal });
  // A dialog rendered into a shadow root changes nothing the document's observer sees: watch those roots too,
  // from the first look (the page loading) and, should one come later, from the Connect that opens a dialog.
  const watchOverlays = () => overlayRoots(document).forEach(observeShadowRoot);

  listen('click', (event) => {
    watchOverlays();
    const pressed = event.composedPath()[0];
    const found = pressed instanceof Element ? inviteeOf(pressed) : null;
    if (found) invitee = found;
    sendPressed(event);
  });
  listen('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') sendPressed(event); // on the focused Send button
  });

  const check = () => {
    pending = undefined;
    watchOverlays();
    const box = findNoteBox(document);
    if (box === (open?.box ?? null)) return;
    if (!box) invitee = null; // the dialog closed: its Connect is spent
    open = box
      ? { box, sent: false, noteBox: { limit: noteLimitShown(box), invitee, fill: (text) => fillNoteBox(box, text) } }
      : null;
    onNoteBox(open?.noteBox ?? null);
  };
  onDomChange(() => {
    pending ??= setTimeout(check, CHECK_DELAY_MS);
  }, signal);
  signal.addEventListener('abort', () => clearTimeout(pending));
}
