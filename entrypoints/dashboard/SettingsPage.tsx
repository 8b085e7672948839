/**
 * Setting the extension up: invitations (my name, LinkedIn's note limit, the monthly quota) and reminders (the
 * daily notification, the default rhythm), and the way back to the welcome's setup. Rhythms per tag are on the
 * Tags page, beside the tags.
 */
import { useState } from 'preact/hooks';
import { CadenceField } from '@/components/CadenceField';
import { describeError } from '@/components/describe-error';
import { t, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function SettingsPage({ settings }: { settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const hourFormat = new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' });

  // The page shows the stored settings (a live query): saving is enough to show the change.
  const save = async (patch: Partial<Settings>) => {
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
      <fieldset>
        <legend>{t('optionsInvitations')}</legend>
        <label class="setting">
          <span>{t('optionsMyName')}</span>
          <input
            data-testid="settings-my-name"
            defaultValue={settings.myName}
            maxLength={100}
            onChange={(event) => void save({ myName: (event.currentTarget as HTMLInputElement).value.trim() })}
          />
        </label>
        <label class="setting">
          <span>{t('optionsNoteLimit')}</span>
          <select
            data-testid="settings-note-limit"
            value={String(settings.noteLimit)}
            onChange={(event) =>
              void save({ noteLimit: Number((event.currentTarget as HTMLSelectElement).value) as 200 | 300 })
            }
          >
            <option value="200">{t('optionsNoteLimitFree')}</option>
            <option value="300">{t('optionsNoteLimitPremium')}</option>
          </select>
        </label>
        <label class="setting">
          <span>{t('optionsQuota')}</span>
          <input
            type="number"
            data-testid="settings-quota"
            min={0}
            max={1000}
            defaultValue={String(settings.monthlyNoteQuota)}
            onChange={(event) => {
              const quota = Math.round(Number((event.currentTarget as HTMLInputElement).value));
              if (quota >= 0 && quota <= 1000) void save({ monthlyNoteQuota: quota });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('reminderSettings')}</legend>
        <label class="setting">
          <span>{t('settingNotification')}</span>
          <select
            data-testid="settings-notification"
            value={settings.notificationsEnabled ? String(settings.notificationHour) : 'off'}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              void save(
                value === 'off'
                  ? { notificationsEnabled: false }
                  : { notificationsEnabled: true, notificationHour: Number(value) },
              );
            }}
          >
            <option value="off">{t('settingNotificationOff')}</option>
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourFormat.format(new Date(2026, 0, 1, hour))}
              </option>
            ))}
          </select>
        </label>
        {/* A div, not a label: the rhythm is a select and, after "Other…", a box of its own. */}
        <div class="setting">
          <span>{t('settingDefaultCadence')}</span>
          <CadenceField
            testId="settings-default-cadence"
            label={t('settingDefaultCadence')}
            emptyLabel="cadenceNone"
            days={settings.defaultCadenceDays}
            onSave={(days) => save({ defaultCadenceDays: days })}
          />
        </div>
        <p class="muted">
          {t('settingsTagCadencesHint')} <a href="#tags">{t('dashboardTags')}</a>
        </p>
        <p class="muted">
          {t('settingsFocusSizeHint')} <a href="#plan">{t('dashboardPlan')}</a>
        </p>
      </fieldset>
      {/* The first-run setup, again: in a tab of its own, which its Skip and Finish close. */}
      <p>
        <a href="/welcome.html" target="_blank" data-testid="welcome-open">
          {t('welcomeOpen')}
        </a>
      </p>
    </section>
  );
}
