/**
 * Adding or editing a goal: what it is, why, what the user can give, whom it concerns, what it counts and how
 * many, per week, per month or by a day. Saved through the background (`goals.save`); the list follows the
 * database.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DateField } from '@/components/DateField';
import { describeError } from '@/components/describe-error';
import type { Contact } from '@/utils/contacts';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { GOAL_MEASURES, type Goal, type GoalMeasure } from '@/utils/plan/goals';
import { draftOf, goalOf, NEW_GOAL, type GoalDraft } from './goal-draft';
import { GoalWhoFields } from './GoalWhoFields';

const MEASURES: Record<GoalMeasure, MessageKey> = {
  contacts: 'goalMeasureContacts',
  'new-people': 'goalMeasureNewPeople',
  meetings: 'goalMeasureMeetings',
  'gave-help': 'goalMeasureGaveHelp',
  'received-help': 'goalMeasureReceivedHelp',
};

interface Props {
  /** The goal to edit; none for a new one. */
  goal?: Goal;
  contacts: Contact[];
  tags: string[];
  onDone: () => void;
}

export function GoalForm({ goal, contacts, tags, onDone }: Props) {
  const [draft, setDraft] = useState<GoalDraft>(() => (goal ? draftOf(goal) : NEW_GOAL));
  const [error, setError] = useState<string | null>(null);
  const title = useRef<HTMLInputElement>(null);
  // The form opens where the keyboard is: on its first field.
  useEffect(() => title.current?.focus(), []);
  const change = (patch: Partial<GoalDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (field: 'title' | 'why' | 'give') => (event: Event) =>
    change({ [field]: (event.currentTarget as HTMLInputElement).value });

  const save = async (event: Event) => {
    event.preventDefault();
    const result = goalOf(draft, goal?.id ?? crypto.randomUUID(), goal?.archived ?? false);
    if ('problem' in result) return setError(t(result.problem));
    try {
      await send('goals.save', { goal: result.goal });
      onDone();
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <form class="editor goal-form" data-testid="goal-form" onSubmit={(event) => void save(event)}>
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
      <GoalWhoFields draft={draft} change={change} contacts={contacts} tags={tags} />
      <label class="setting">
        <span>{t('goalMeasure')}</span>
        <select
          data-testid="goal-measure"
          value={draft.measure}
          onChange={(event) => change({ measure: (event.currentTarget as HTMLSelectElement).value as GoalMeasure })}
        >
          {GOAL_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(MEASURES[measure])}
            </option>
          ))}
        </select>
      </label>
      <label class="setting">
        <span>{t('goalTarget')}</span>
        <input
          type="number"
          data-testid="goal-target"
          min={1}
          max={1000}
          required
          value={draft.target}
          onInput={(event) => change({ target: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="setting">
        <span>{t('goalPeriod')}</span>
        <select
          data-testid="goal-period"
          value={draft.period}
          onChange={(event) =>
            change({ period: (event.currentTarget as HTMLSelectElement).value as GoalDraft['period'] })
          }
        >
          <option value="week">{t('goalPeriodWeek')}</option>
          <option value="month">{t('goalPeriodMonth')}</option>
          <option value="deadline">{t('goalPeriodDeadline')}</option>
        </select>
      </label>
      {draft.period === 'deadline' && (
        <div class="setting">
          <span>{t('goalDeadline')}</span>
          <DateField
            day={draft.deadlineDay}
            bound="not-past"
            label={t('goalDeadline')}
            testId="goal-deadline"
            onCommit={(day) => change({ deadlineDay: day })}
          />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" data-testid="goal-save">
          {t('goalSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
