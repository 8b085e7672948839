/**
 * The first goal's form: a name, why it matters, a tier and contacts a month. Next saves it when it has a name,
 * moves on when nothing was filled in, and otherwise asks for a name rather than drop what was typed.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Goal } from '@/utils/plan/goals';
import { fieldsOf, goalInputOf, nextWith, type FirstGoalFields } from './first-goal';
import { StepForm } from './StepForm';

interface Props {
  id: string;
  /** The goal as saved by an earlier Next, if there was one. */
  saved: Goal | null;
  tiers: string[];
}

export function GoalStepForm({ id, saved, tiers }: Props) {
  const [opened] = useState(() => fieldsOf(saved, tiers));
  const [fields, setFields] = useState(opened);
  const targetHint = useId();
  const change = (patch: Partial<FirstGoalFields>) => setFields((current) => ({ ...current, ...patch }));
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  const save = async () => {
    const next = nextWith(fields, opened);
    if (next === 'name-missing') return 'welcomeGoalNameMissing' as const;
    if (next === 'save') await send('goals.save', { goal: goalInputOf(fields, id, saved) });
  };

  return (
    <StepForm step="goal" save={save}>
      <p>{t('welcomeGoalIntro')}</p>
      <div class="goal" data-testid="welcome-goal">
        <label class="stacked">
          <span>{t('welcomeGoalName')}</span>
          <input
            data-testid="welcome-goal-title"
            value={fields.title}
            maxLength={200}
            placeholder={t('welcomeGoalNameExample')}
            onInput={(event) => change({ title: value(event) })}
          />
        </label>
        <label class="stacked">
          <span>{t('welcomeGoalWhy')}</span>
          <textarea rows={2} value={fields.why} maxLength={2000} onInput={(event) => change({ why: value(event) })} />
        </label>
        <label class="stacked">
          <span>{t('welcomeGoalWho')}</span>
          <select value={fields.tag} onChange={(event) => change({ tag: value(event) })}>
            {tiers.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </select>
        </label>
        <label class="stacked">
          <span>{t('welcomeGoalTarget')}</span>
          <input
            type="number"
            min={1}
            max={1000}
            step={1}
            required
            aria-describedby={targetHint}
            value={String(fields.target)}
            onInput={(event) => change({ target: Math.round(Number(value(event))) })}
          />
        </label>
        <p class="muted" id={targetHint}>
          {t('welcomeGoalTargetHint')}
        </p>
      </div>
    </StepForm>
  );
}
