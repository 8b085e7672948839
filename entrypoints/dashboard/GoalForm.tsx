/**
 * Adding or editing a goal: what it is, why, what the user can give, whom it concerns, what it counts and how
 * many, per week, per month or by a day. Saved through the background (`goals.save`); the list follows the
 * database. Escape closes it, asking first if something was changed, and so does the browser on leaving the page.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { useFocusWhen } from '@/components/use-focus';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Goal } from '@/utils/plan/goals';
import { draftOf, goalOf, NEW_GOAL, sameDraft, type GoalDraft } from './goal-draft';
import { GoalCountFields } from './GoalCountFields';
import { GoalWhoFields } from './GoalWhoFields';
import { useLeaveGuard } from './use-leave-guard';
import type { Summary } from '@/utils/model/summary';

interface Props {
  /** The goal to edit; none for a new one. */
  goal?: Goal;
  contacts: Summary[];
  names: ReadonlyMap<string, Summary>;
  tags: string[];
  onDone: () => void;
}

export function GoalForm({ goal, contacts, names, tags, onDone }: Props) {
  // A new goal has its id from the start, so that a second submit (a double click) saves the same goal again.
  const [id] = useState(() => goal?.id ?? crypto.randomUUID());
  const [opened] = useState<GoalDraft>(() => (goal ? draftOf(goal) : NEW_GOAL));
  const [draft, setDraft] = useState(opened);
  const [error, setError] = useState<string | null>(null);
  const [dateRefused, setDateRefused] = useState(false);
  const unsaved = !sameDraft(opened, draft);
  useLeaveGuard(unsaved);
  // The form opens where the keyboard is: on its first field.
  const title = useFocusWhen<HTMLInputElement>(true);
  const change = (patch: Partial<GoalDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setError(null); // it was about the goal as it was
  };
  const text = (field: 'title' | 'why' | 'give') => (event: Event) =>
    change({ [field]: (event.currentTarget as HTMLInputElement).value });

  const save = async (event: Event) => {
    event.preventDefault();
    // The date field says beside itself what it refused: "Choose the date" would only contradict it.
    if (draft.period === 'deadline' && dateRefused) return;
    const result = goalOf(draft, id, goal?.archived ?? false);
    if ('problem' in result) return setError(t(result.problem));
    try {
      await send('goals.save', { goal: result.goal });
      onDone();
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  const close = () => {
    if (!unsaved || confirm(t('goalDiscard'))) onDone();
  };

  return (
    <form
      class="editor goal-form"
      data-testid="goal-form"
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <label class="setting">
        <span>{t('goalTitle')}</span>
        <input
          ref={title}
          data-testid="goal-title"
          required
          maxLength={200}
          value={draft.title}
          onInput={text('title')}
        />
      </label>
      <label class="stacked">
        <span>{t('goalWhy')}</span>
        <textarea data-testid="goal-why" rows={2} maxLength={2000} value={draft.why} onInput={text('why')} />
      </label>
      <label class="stacked">
        <span>{t('goalGive')}</span>
        <textarea data-testid="goal-give" rows={2} maxLength={2000} value={draft.give} onInput={text('give')} />
      </label>
      <GoalWhoFields draft={draft} change={change} contacts={contacts} names={names} tags={tags} />
      <GoalCountFields draft={draft} change={change} onDateRefused={setDateRefused} />
      <div class="row">
        <button type="submit" class="primary" data-testid="goal-save">
          {t('goalSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      {/* Below the buttons: a message going as a field is left must not move Save from under the mouse. */}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
