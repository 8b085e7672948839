/**
 * What every step shares: its heading, which takes the focus as the step opens (so that a screen reader and the
 * keyboard start there), and a form whose Next saves what the step holds, with Back and "Skip this step".
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { useFocusWhen } from '@/components/use-focus';
import { t, type MessageKey } from '@/utils/i18n';
import { STEP_TITLES, STEPS, stepFrom, type Step } from './steps';

/** The step's heading, focused when it is shown. */
export function StepHeading({ step }: { step: Step }) {
  const heading = useFocusWhen<HTMLHeadingElement>(true);
  return (
    <h2 id={`${step}-title`} tabIndex={-1} ref={heading}>
      {t(STEP_TITLES[step])}
    </h2>
  );
}

const go = (step: Step) => (location.hash = step);

interface Props {
  step: Step;
  /**
   * Saves what the form holds, before moving on; a step that saves as it goes has none. It may resolve with a
   * message instead: the step stays, saying what it lacks.
   */
  save?: () => Promise<MessageKey | void>;
  children: ComponentChildren;
}

export function StepForm({ step, save, children }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const next = async () => {
    setBusy(true);
    try {
      const lacking = await save?.();
      if (lacking) {
        setError(t(lacking));
        setBusy(false);
      } else {
        go(stepFrom(step, 1));
      }
    } catch (failure) {
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <form
      class="step"
      aria-labelledby={`${step}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void next();
      }}
    >
      <StepHeading step={step} />
      {children}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row step-buttons">
        {step !== STEPS[0] && (
          <button type="button" data-testid="welcome-back" onClick={() => go(stepFrom(step, -1))}>
            {t('welcomeBack')}
          </button>
        )}
        <button type="button" data-testid="welcome-skip-step" onClick={() => go(stepFrom(step, 1))}>
          {t('welcomeSkipStep')}
        </button>
        <button type="submit" class="primary" data-testid="welcome-next" disabled={busy}>
          {t('welcomeNext')}
        </button>
      </div>
    </form>
  );
}
