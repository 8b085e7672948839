/** The settings for reminders: the daily notification's hour (or none), and the default rhythm. */
import { RhythmField } from '@/components/RhythmField';
import { t, uiLocale } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import type { SaveSettings } from './SettingsPage';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function ReminderSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const hourFormat = new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' });
  return (
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
        <RhythmField
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
  );
}
