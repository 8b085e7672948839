/** A keep-in-touch rhythm in words: "every month", "every 45 days", in the person's language. */
import { t, uiLocale } from '@/utils/i18n';

export function cadenceLabel(days: number): string {
  switch (days) {
    case 7:
      return t('cadence_7');
    case 14:
      return t('cadence_14');
    case 30:
      return t('cadence_30');
    case 60:
      return t('cadence_60');
    case 90:
      return t('cadence_90');
    case 180:
      return t('cadence_180');
    case 365:
      return t('cadence_365');
    default:
      return t('cadenceEveryDays', new Intl.NumberFormat(uiLocale()).format(days));
  }
}
