/**
 * Step 5, if the user likes: a first goal, "keep in touch with N people of a tier a month", with why it matters.
 * Next saves it when it has a title; without one it just moves on.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { StepForm } from './StepForm';

export function GoalStep({ settings }: { settings: Settings }) {
  const tiers = Object.keys(settings.tagCadences);
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [tag, setTag] = useState(tiers[0] ?? '');
  const [target, setTarget] = useState(2);
  const targetHint = useId();

  const save = async () => {
    if (title.trim() === '') return;
    await send('goals.save', {
      goal: {
        id: crypto.randomUUID(),
        title: title.trim(),
        why: why.trim(),
        give: '',
        who: { kind: 'tag', tag },
        measure: 'contacts',
        target,
        per: 'month',
        deadline: null,
        archived: false,
      },
    });
  };

  // A goal is about a tier: without one, there is nothing to aim at yet.
  if (tiers.length === 0) {
    return (
      <StepForm step="goal">
        <p>{t('welcomeGoalNoTiers')}</p>
      </StepForm>
    );
  }

  return (
    <StepForm step="goal" save={save}>
      <p>{t('welcomeGoalIntro')}</p>
      <div class="goal" data-testid="welcome-goal">
        <label class="stacked">
          <span>{t('welcomeGoalName')}</span>
          <input
            data-testid="welcome-goal-title"
            value={title}
            maxLength={200}
            placeholder={t('welcomeGoalNameExample')}
            onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="stacked">
          <span>{t('welcomeGoalWhy')}</span>
          <textarea
            rows={2}
            value={why}
            maxLength={2000}
            onInput={(event) => setWhy((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="stacked">
          <span>{t('welcomeGoalWho')}</span>
          <select value={tag} onChange={(event) => setTag((event.currentTarget as HTMLSelectElement).value)}>
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
            value={String(target)}
            onInput={(event) => setTarget(Math.round(Number((event.currentTarget as HTMLInputElement).value)))}
          />
        </label>
        <p class="muted" id={targetHint}>
          {t('welcomeGoalTargetHint')}
        </p>
      </div>
    </StepForm>
  );
}
