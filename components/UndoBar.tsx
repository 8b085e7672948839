/** "Deleted Aino Virtanen. Undo": for ten seconds after something that can be undone. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t } from '@/utils/i18n';

export interface Undoable {
  message: string;
  undo: () => Promise<unknown>;
}

const SHOWN_MS = 10_000;

export function UndoBar({ undoable, onDone }: { undoable: Undoable; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onDone);
  done.current = onDone;
  // A failed undo stays on screen until closed.
  useEffect(() => {
    if (error) return;
    const timer = setTimeout(() => done.current(), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [undoable, error]);

  const undo = async () => {
    try {
      await undoable.undo();
      onDone();
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>{error ?? undoable.message}</span>
      <button type="button" data-testid="undo" onClick={() => void undo()}>
        {t('undo')}
      </button>
      <button type="button" class="icon" aria-label={t('close')} onClick={onDone}>
        ×
      </button>
    </div>
  );
}
