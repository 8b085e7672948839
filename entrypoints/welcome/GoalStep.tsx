/**
 * Step 5, if the user likes: a first goal, "keep in touch with N people of a tier a month", with why it matters.
 * The form opens with the goal once saved (first-goal.ts), so that Back and Next again change that one goal.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Goal } from '@/utils/plan/goals';
import type { Settings } from '@/utils/settings';
import { firstGoalId } from './first-goal';
import { GoalStepForm } from './GoalStepForm';
import { StepForm } from './StepForm';

/** The first goal as saved: undefined while it is read, null before it is. */
function useSavedGoal(id: string): { saved: Goal | null | undefined; error: string | null } {
  const [saved, setSaved] = useState<Goal | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('goals.list', {}).then(
      (goals) => setSaved(goals.find((goal) => goal.id === id) ?? null),
      (failure: unknown) => setError(describeError(failure)),
    );
  }, [id]);
  return { saved, error };
}

export function GoalStep({ settings }: { settings: Settings }) {
  const tiers = Object.keys(settings.tagCadences);
  const [id] = useState(firstGoalId);
  const { saved, error } = useSavedGoal(id);

  // A goal is about a tier: without one, there is nothing to aim at yet.
  if (tiers.length === 0 || error) {
    return (
      <StepForm step="goal">
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : (
          <p>{t('welcomeGoalNoTiers')}</p>
        )}
      </StepForm>
    );
  }
  return saved === undefined ? null : <GoalStepForm id={id} saved={saved} tiers={tiers} />;
}
