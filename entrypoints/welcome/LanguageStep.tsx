/**
 * Step 2: the language. Saved as soon as it is chosen: the background makes it every page's (utils/i18n.ts), and
 * this page reloads in it (main.tsx), back on this step.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { StepForm } from './StepForm';

type Language = Settings['language'];

export function LanguageStep({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  // Each language in its own name, so that anyone can find theirs.
  const choices: { value: Language; label: string; lang?: string }[] = [
    { value: 'browser', label: t('settingsLanguageBrowser') },
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'fi', label: 'suomi', lang: 'fi' },
  ];
  const choose = (language: Language) =>
    send('settings.update', { patch: { language } }).catch((failure: unknown) => setError(describeError(failure)));

  return (
    <StepForm step="language">
      <fieldset class="choices" data-testid="welcome-language">
        <legend>{t('welcomeLanguageIntro')}</legend>
        {choices.map(({ value, label, lang }) => (
          <label key={value} lang={lang}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={settings.language === value}
              onChange={() => void choose(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </StepForm>
  );
}
