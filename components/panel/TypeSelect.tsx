/** The interaction type a person can log. */
import { LOGGED_TYPES, type LoggedType } from '@/utils/contacts';
import { t } from '@/utils/i18n';

export function TypeSelect({ value, onChange }: { value: LoggedType; onChange: (type: LoggedType) => void }) {
  return (
    <select
      data-testid="interaction-type"
      aria-label={t('interactionType')}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as LoggedType)}
    >
      {LOGGED_TYPES.map((type) => (
        <option key={type} value={type}>
          {t(`type_${type}`)}
        </option>
      ))}
    </select>
  );
}
