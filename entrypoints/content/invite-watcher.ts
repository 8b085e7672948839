/**
 * Watches for LinkedIn's invitation note box, and remembers whose Connect was pressed, so that the panel can
 * offer its composer beside the box and fill it for the right person.
 */
import type { NoteBox } from '@/components/panel/InviteComposer';
import {
  fillNoteBox,
  findNoteBox,
  inviteeOf,
  noteLimitShown,
  overlayRoots,
  type Invitee,
} from '@/utils/linkedin/invite';
import { observeShadowRoot, onDomChange } from './dom-changes';

/** Coalesces bursts of DOM changes into one look for the box. */
const CHECK_DELAY_MS = 50;

export function watchNoteBox(onChange: (noteBox: NoteBox | null) => void, signal: AbortSignal): void {
  let invitee: Invitee | null = null;
  let current: HTMLTextAreaElement | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  // A dialog rendered into a shadow root changes nothing the document's observer sees: watch those roots too,
  // from the first look (the page loading) and, should one come later, from the Connect that opens a dialog.
  const watchOverlays = () => overlayRoots(document).forEach(observeShadowRoot);

  document.addEventListener(
    'click',
    (event) => {
      watchOverlays();
      const found = event.target instanceof Element ? inviteeOf(event.target) : null;
      if (found) invitee = found;
    },
    { capture: true, signal },
  );

  const check = () => {
    pending = undefined;
    watchOverlays();
    const box = findNoteBox(document);
    if (box === current) return;
    current = box;
    onChange(box ? { limit: noteLimitShown(box), invitee, fill: (text) => fillNoteBox(box, text) } : null);
  };
  onDomChange(() => {
    pending ??= setTimeout(check, CHECK_DELAY_MS);
  }, signal);
  signal.addEventListener('abort', () => clearTimeout(pending));
}
