/**
 * Where a goal stands: a bar, "1 of 2", and reached, on track or behind in words as well as colour (archived,
 * for a goal put away). Shared by the Plan page (now) and the monthly review (at the month's end).
 */
import { doneWords, STANDING_WORDS, standingOf } from '@/components/goal-words';
import { t } from '@/utils/i18n';
import type { GoalProgress } from '@/utils/plan/goals';

export function GoalStanding({ progress, archived = false }: { progress: GoalProgress; archived?: boolean }) {
  const standing = standingOf(progress, archived);
  return (
    <p class="goal-standing">
      {/* The words beside it say the same to everyone: the bar is for the eye. */}
      <progress max={progress.target} value={Math.min(progress.done, progress.target)} aria-hidden="true" />
      <span>{doneWords(progress)}</span>
      <span class={`standing-${standing}`}>{t(STANDING_WORDS[standing])}</span>
    </p>
  );
}
