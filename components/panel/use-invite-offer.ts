/**
 * Whether the panel shows the invitation composer: it opens on request, and by itself when LinkedIn's note box
 * appears (until closed for that box).
 */
import { useState } from 'preact/hooks';
import type { NoteBox } from './InviteComposer';

export interface InviteOffer {
  /** LinkedIn's note box is open and not closed here: the panel shows itself, and the composer. */
  boxOffered: boolean;
  /** The composer is shown. */
  open: boolean;
  compose: () => void;
  close: () => void;
}

export function useInviteOffer(noteBox: NoteBox | null): InviteOffer {
  const [composing, setComposing] = useState(false);
  const [dismissedBox, setDismissedBox] = useState<NoteBox | null>(null);
  const boxOffered = noteBox !== null && noteBox !== dismissedBox;
  return {
    boxOffered,
    open: composing || boxOffered,
    compose: () => setComposing(true),
    close: () => {
      setComposing(false);
      setDismissedBox(noteBox);
    },
  };
}
