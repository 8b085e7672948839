/** Whether an import keeps the texts of LinkedIn's messages: off by default, dates and counts being enough. */
import { t } from '@/utils/i18n';

export function KeepTextsField({
  checked,
  onChange,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
}) {
  return (
    <label class="keep-texts">
      <input
        type="checkbox"
        data-testid="import-keep-texts"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />{' '}
      {t('importKeepTexts')}
    </label>
  );
}
