/** What a goal counts, how many, and in what time: each week, each month, or once by a date. */
import { DateField } from '@/components/DateField';
import { t, type MessageKey } from '@/utils/i18n';
import { GOAL_MEASURES, type GoalMeasure } from '@/utils/plan/goals';
import type { GoalDraft } from './goal-draft';

const MEASURES: Record<GoalMeasure, MessageKey> = {
  contacts: 'goalMeasureContacts',
  'new-people': 'goalMeasureNewPeople',
  meetings: 'goalMeasureMeetings',
  'gave-help': 'goalMeasureGaveHelp',
  'received-help': 'goalMeasureReceivedHelp',
};

interface Props {
  draft: GoalDraft;
  change: (patch: Partial<GoalDraft>) => void;
  /** Told whether the date field holds a day it refused (one past), which it says beside itself. */
  onDateRefused: (refused: boolean) => void;
}

export function GoalCountFields({ draft, change, onDateRefused }: Props) {
  return (
    <>
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
            onRefused={onDateRefused}
          />
        </div>
      )}
    </>
  );
}
