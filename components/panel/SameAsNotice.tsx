/**
 * "Same person as X?": another stored person shares a stored id with this one (two browsers, a backup, sync), so
 * they may be one person saved twice. They join only when the user says so, and the join can be undone for a while.
 */
import { useState } from 'preact/hooks';
import { UndoBar, type Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import type { PossibleDuplicate } from '@/utils/model/summary';
import { QuestionCard } from './QuestionCard';

interface Props {
  sameAs: readonly PossibleDuplicate[];
  /** Joins the other person into this one; the undo token, or null when it failed (and was reported). */
  join: (otherKey: string) => Promise<string | null>;
  separate: (undoToken: string) => Promise<void>;
}

export function SameAsNotice({ sameAs, join, separate }: Props) {
  const [undoable, setUndoable] = useState<Undoable | null>(null);

  const joinWith = async (other: PossibleDuplicate) => {
    const undoToken = await join(other.key);
    if (undoToken) {
      setUndoable({ message: t('sameAsJoined', other.name || other.key), undo: () => separate(undoToken) });
    }
  };

  if (undoable) return <UndoBar undoable={undoable} onDone={() => setUndoable(null)} />;
  return (
    <>
      {sameAs.map((other) => (
        <QuestionCard
          key={other.key}
          testId="same-person"
          question={t('sameAsQuestion', other.name || other.key)}
          detail={other.headline}
          why={t('sameAsWhy')}
        >
          <button type="button" data-testid="same-person-merge" onClick={() => void joinWith(other)}>
            {t('sameAsMerge')}
          </button>
        </QuestionCard>
      ))}
    </>
  );
}
