/**
 * One goal in the Plan: its title, target, whom it concerns, why and what the user can give, and where it
 * stands; edit, archive (or bring back) and delete it, a deletion with undo.
 */
import { useState } from 'preact/hooks';
import { targetWords, whoWords } from '@/components/goal-words';
import type { Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import type { GoalInput } from '@/utils/model/records';
import { send } from '@/utils/messaging';
import type { Goal, GoalProgress } from '@/utils/plan/goals';
import { GoalForm } from './GoalForm';
import { GoalStanding } from './GoalStanding';
import type { Summary } from '@/utils/model/summary';

interface Props {
  goal: Goal;
  progress: GoalProgress;
  contacts: Summary[];
  names: ReadonlyMap<string, Summary>;
  tags: string[];
  /** Runs an action, showing what went wrong if it fails. */
  run: (action: () => Promise<unknown>) => void;
  onUndoable: (undoable: Undoable) => void;
}

/** What the user set of a goal: what goes back to the store to change it or to bring it back. */
function inputOf({ createdAt: _created, updatedAt: _updated, ...input }: Goal): GoalInput {
  return input;
}

export function GoalRow({ goal, progress, contacts, names, tags, run, onUndoable }: Props) {
  const [editing, setEditing] = useState(false);
  const titleId = `goal-${goal.id}`;

  const remove = async () => {
    await send('goals.delete', { id: goal.id });
    onUndoable({ message: t('goalDeleted', goal.title), undo: () => send('goals.save', { goal: inputOf(goal) }) });
  };
  const archive = () => send('goals.save', { goal: { ...inputOf(goal), archived: !goal.archived } });

  return (
    <li class="goal" data-testid="goal-row" data-goal-id={goal.id} data-done={progress.done}>
      <h4 id={titleId}>{goal.title}</h4>
      {editing ? (
        <GoalForm goal={goal} contacts={contacts} names={names} tags={tags} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p>
            {targetWords(goal, Date.now())} · {whoWords(goal, (key) => names.get(key)?.name || key)}
          </p>
          <GoalStanding progress={progress} archived={goal.archived} />
          <dl class="goal-notes">
            {goal.why && (
              <>
                <dt>{t('goalWhy')}</dt>
                <dd>{goal.why}</dd>
              </>
            )}
            {goal.give && (
              <>
                <dt>{t('goalGive')}</dt>
                <dd>{goal.give}</dd>
              </>
            )}
          </dl>
          <div class="row">
            <button type="button" data-testid="goal-edit" aria-describedby={titleId} onClick={() => setEditing(true)}>
              {t('goalEdit')}
            </button>
            <button type="button" data-testid="goal-archive" aria-describedby={titleId} onClick={() => run(archive)}>
              {goal.archived ? t('goalUnarchive') : t('goalArchive')}
            </button>
            <button
              type="button"
              class="danger"
              data-testid="goal-delete"
              aria-describedby={titleId}
              onClick={() => run(remove)}
            >
              {t('goalDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
