/** Step 1: the user's name, which invitation templates sign off with ({myName}). */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { StepForm } from './StepForm';

export function NameStep({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.myName);

  const save = async () => {
    const myName = name.trim();
    if (myName !== settings.myName) await send('settings.update', { patch: { myName } });
  };

  return (
    <StepForm step="name" save={save}>
      <p>{t('welcomeNameIntro')}</p>
      <label class="stacked">
        <span>{t('welcomeMyName')}</span>
        <input
          data-testid="welcome-name"
          value={name}
          maxLength={100}
          autoComplete="name"
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </StepForm>
  );
}
