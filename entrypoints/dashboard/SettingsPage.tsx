/**
 * Setting the extension up: the language, where the panel lives (in LinkedIn's page or the side panel),
 * invitations (my name, LinkedIn's note limit, the monthly quota) and reminders (the daily notification, the
 * default rhythm), and the way back to the welcome's setup. Rhythms per tag are on the Tags page, beside the tags.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { PanelPlaceField } from '@/components/PanelPlaceField';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { InvitationSettings } from './InvitationSettings';
import { ReminderSettings } from './ReminderSettings';

/** Saves a change to the settings; the page shows what failed. */
export type SaveSettings = (patch: Partial<Settings>) => Promise<void>;

export function SettingsPage({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // The page shows the stored settings (a live query): saving is enough to show the change.
  const save: SaveSettings = async (patch) => {
    try {
      await send('settings.update', { patch });
      setError(null);
      setSaved(true);
    } catch (failure) {
      setError(describeError(failure));
      setSaved(false);
    }
  };

  return (
    <section aria-labelledby="settings-title" class="settings-page">
      <h2 id="settings-title">{t('dashboardSettings')}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="muted" role="status">
        {saved ? t('settingsSaved') : ''}
      </p>
      <label class="setting">
        <span>{t('settingsLanguage')}</span>
        <select
          data-testid="settings-language"
          value={settings.language}
          onChange={(event) =>
            void save({ language: (event.currentTarget as HTMLSelectElement).value as Settings['language'] })
          }
        >
          <option value="browser">{t('settingsLanguageBrowser')}</option>
          {/* Each language in its own name, so that anyone can find theirs. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="fi" lang="fi">
            suomi
          </option>
        </select>
      </label>
      <PanelPlaceField value={settings.panelPlace} onChange={(panelPlace) => void save({ panelPlace })} />
      <InvitationSettings settings={settings} save={save} />
      <ReminderSettings settings={settings} save={save} />
      {/* The first-run setup, again: in a tab of its own, which its Skip and Finish close. */}
      <p>
        <a href="/welcome.html" target="_blank" data-testid="welcome-open">
          {t('welcomeOpen')}
        </a>
      </p>
    </section>
  );
}
