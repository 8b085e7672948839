/**
 * The welcome page: opened once on install (entrypoints/background/welcome.ts) and again from the dashboard's
 * settings. A few steps to set the extension up, each skippable, and all of it skippable at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { DoneStep } from './DoneStep';
import { GoalStep } from './GoalStep';
import { ImportStep } from './ImportStep';
import { LanguageStep } from './LanguageStep';
import { leaveWelcome } from './leave';
import { NameStep } from './NameStep';
import { PanelPlaceStep } from './PanelPlaceStep';
import { STEP_TITLES, STEPS, stepOf, type Step } from './steps';
import { TiersStep } from './TiersStep';

function useStep(): Step {
  const [step, setStep] = useState(() => stepOf(location.hash));
  useEffect(() => {
    const follow = () => setStep(stepOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return step;
}

/** The settings as they are when a step opens: an earlier step may just have changed them. */
function useSettingsFor(step: Step): { settings: Settings | null; error: string | null } {
  const [loaded, setLoaded] = useState<{ step: Step; settings: Settings } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('settings.get', {}).then(
      (settings) => setLoaded({ step, settings }),
      (failure: unknown) => setError(describeError(failure)),
    );
  }, [step]);
  return { settings: loaded?.step === step ? loaded.settings : null, error };
}

export function App() {
  const step = useStep();
  const { settings, error } = useSettingsFor(step);
  const numbers = new Intl.NumberFormat(uiLocale());

  return (
    <div class="welcome" data-testid="welcome">
      <header class="top">
        <h1>{t('welcomeHeading')}</h1>
        {/* Leaves at once, saving nothing: whatever a step holds is saved only by its Next. */}
        <button type="button" class="link" data-testid="welcome-skip" onClick={() => void leaveWelcome()}>
          {t('welcomeSkipAll')}
        </button>
        <p class="muted">{t('welcomeIntro')}</p>
      </header>
      <nav aria-label={t('welcomeSteps')}>
        <ol class="steps">
          {STEPS.map((each, index) => (
            <li key={each}>
              <a href={`#${each}`} aria-current={each === step ? 'step' : undefined}>
                <span class="visually-hidden">
                  {t('welcomeStepOf', numbers.format(index + 1), numbers.format(STEPS.length))}:{' '}
                </span>
                {t(STEP_TITLES[each])}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {settings && <StepView key={step} step={step} settings={settings} />}
      </main>
    </div>
  );
}

function StepView({ step, settings }: { step: Step; settings: Settings }) {
  switch (step) {
    case 'name':
      return <NameStep settings={settings} />;
    case 'language':
      return <LanguageStep settings={settings} />;
    case 'place':
      return <PanelPlaceStep settings={settings} />;
    case 'import':
      return <ImportStep settings={settings} />;
    case 'tiers':
      return <TiersStep settings={settings} />;
    case 'goal':
      return <GoalStep settings={settings} />;
    case 'done':
      return <DoneStep />;
  }
}
