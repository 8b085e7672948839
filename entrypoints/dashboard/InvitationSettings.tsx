/** The settings for invitations: my name in the notes, LinkedIn's note limit, and how many notes a month. */
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import type { SaveSettings } from './SettingsPage';

export function InvitationSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  return (
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
  );
}
