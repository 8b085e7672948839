/** The type of entry a person can log. */
import { t } from '@/utils/i18n';
import { LOGGED_ENTRY_TYPES, type LoggedEntryType } from '@/utils/model/entry';

export function TypeSelect({ value, onChange }: { value: LoggedEntryType; onChange: (type: LoggedEntryType) => void }) {
  return (
    <select
      data-testid="interaction-type"
      aria-label={t('interactionType')}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as LoggedEntryType)}
    >
      {LOGGED_ENTRY_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(`type_${type}`)}
        </option>
      ))}
    </select>
  );
}
