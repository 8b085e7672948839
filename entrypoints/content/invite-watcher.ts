/**
 * Watches for LinkedIn's invitation note box, and remembers whose Connect was pressed, so that the panel can
 * offer its composer beside the box and fill it for the right person.
 */
import type { NoteBox } from '@/components/panel/InviteComposer';
import { fillNoteBox, findNoteBox, inviteeOf, noteLimitShown, type Invitee } from '@/utils/linkedin/invite';
import { onDomChange } from './dom-changes';

/** Coalesces bursts of DOM changes into one look for the box. */
const CHECK_DELAY_MS = 50;

export function watchNoteBox(onChange: (noteBox: NoteBox | null) => void, signal: AbortSignal): void {
  let invitee: Invitee | null = null;
  let current: HTMLTextAreaElement | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  document.addEventListener(
    'click',
    (event) => {
      const found = event.target instanceof Element ? inviteeOf(event.target) : null;
      if (found) invitee = found;
    },
    { capture: true, signal },
  );

  const check = () => {
    pending = undefined;
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
