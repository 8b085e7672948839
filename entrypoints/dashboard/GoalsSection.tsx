/**
 * The Plan's goals: each active one with where it stands now, a way to add one, and the archived ones apart,
 * kept for the record.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { useFocusReturn } from '@/components/use-focus';
import type { Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import { goalProgress, type Goal } from '@/utils/plan/goals';
import { firstDayOfWeek } from '@/utils/plan/week';
import { GoalForm } from './GoalForm';
import { GoalRow } from './GoalRow';
import type { Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

interface Props {
  goals: Goal[];
  contacts: Summary[];
  names: ReadonlyMap<string, Summary>;
  timelines: ReadonlyMap<string, readonly Entry[]>;
  tags: string[];
  onUndoable: (undoable: Undoable) => void;
}

export function GoalsSection({ goals, contacts, names, timelines, tags, onUndoable }: Props) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The keyboard goes back to "Add a goal" when its form closes, rather than to the top of the page.
  const addButton = useFocusReturn<HTMLButtonElement>(adding);
  // Weeks start as the browser's locale starts them, as in the popup's weekly focus.
  const weekStartsOn = firstDayOfWeek(navigator.language);
  const now = Date.now();

  const run = (action: () => Promise<unknown>) =>
    void action().then(
      () => setError(null),
      (failure: unknown) => setError(describeError(failure)),
    );
  const rows = (shown: Goal[]) => (
    <ul class="goals">
      {shown.map((goal) => (
        <GoalRow
          key={goal.id}
          {...{ goal, contacts, names, tags, run, onUndoable }}
          progress={goalProgress(goal, contacts, timelines, now, weekStartsOn)}
        />
      ))}
    </ul>
  );
  const active = goals.filter((goal) => !goal.archived);
  const archived = goals.filter((goal) => goal.archived);

  return (
    <section aria-labelledby="goals-title">
      <h3 id="goals-title">{t('goalsTitle')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {active.length === 0 && <p class="muted">{t('goalsEmpty')}</p>}
      {rows(active)}
      {adding ? (
        <GoalForm contacts={contacts} names={names} tags={tags} onDone={() => setAdding(false)} />
      ) : (
        <button ref={addButton} type="button" class="primary" data-testid="goal-add" onClick={() => setAdding(true)}>
          {t('goalAdd')}
        </button>
      )}
      {archived.length > 0 && (
        <details>
          <summary>{t('goalsArchived', String(archived.length))}</summary>
          {rows(archived)}
        </details>
      )}
    </section>
  );
}
