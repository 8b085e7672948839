/**
 * The reminder settings a person needs from the popup: the daily notification's hour (or off), the default
 * rhythm, and a rhythm per tag (tiers: "mentors: every month").
 */
import { useEffect, useState } from 'preact/hooks';
import { CadenceOptions } from '@/components/cadence';
import { describeError } from '@/components/describe-error';
import { t, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The cadence set for a tag, matched as tags are (any case). */
function tagCadence(settings: Settings, tag: string): number | undefined {
  const folded = tag.toLocaleLowerCase();
  return Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded)?.[1];
}

export function ReminderSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const hourFormat = new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' });

  useEffect(() => {
    send('settings.get', {}).then(setSettings, (failure) => setError(describeError(failure)));
    send('tags.list', {}).then(setTags, (failure) => setError(describeError(failure)));
  }, []);

  /** Sets (or, with '', clears) one tag's cadence; the other tags keep theirs. */
  const setTagCadence = (current: Settings, tag: string, value: string) => {
    const folded = tag.toLocaleLowerCase();
    const others = Object.entries(current.tagCadences).filter(([name]) => name.toLocaleLowerCase() !== folded);
    const tagCadences = Object.fromEntries(value === '' ? others : [...others, [tag, Number(value)]]);
    return save({ tagCadences });
  };

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await send('settings.update', { patch }));
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <details class="settings">
      <summary>{t('reminderSettings')}</summary>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {settings && (
        <>
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
          <label class="setting">
            <span>{t('settingDefaultCadence')}</span>
            <select
              data-testid="settings-default-cadence"
              value={settings.defaultCadenceDays === null ? '' : String(settings.defaultCadenceDays)}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLSelectElement).value;
                void save({ defaultCadenceDays: value === '' ? null : Number(value) });
              }}
            >
              <CadenceOptions emptyLabel="cadenceNone" current={settings.defaultCadenceDays} />
            </select>
          </label>
          {tags.length > 0 && <h3>{t('settingTagCadences')}</h3>}
          {tags.map((tag) => {
            const days = tagCadence(settings, tag);
            return (
              <label class="setting" key={tag}>
                <span>{tag}</span>
                <select
                  data-testid="settings-tag-cadence"
                  data-tag={tag}
                  value={days === undefined ? '' : String(days)}
                  onChange={(event) =>
                    void setTagCadence(settings, tag, (event.currentTarget as HTMLSelectElement).value)
                  }
                >
                  <CadenceOptions emptyLabel="settingTagCadenceDefault" current={days} />
                </select>
              </label>
            );
          })}
        </>
      )}
    </details>
  );
}
