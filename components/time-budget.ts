/**
 * The time the user gives networking, whichever way they sized the weekly focus (utils/plan/focus.ts): a count
 * of people costs MINUTES_PER_PERSON each. Words for minutes as the language says them.
 */
import { uiLocale } from '@/utils/i18n';
import { MINUTES_PER_PERSON, type FocusSizing } from '@/utils/plan/focus';

/** The minutes a week the focus asks for: the budget set, or the people chosen at MINUTES_PER_PERSON each. */
export function minutesPerWeekOf(sizing: FocusSizing): number {
  return sizing.kind === 'minutes' ? sizing.minutesPerWeek : sizing.count * MINUTES_PER_PERSON;
}

/** "45 minutes", "45 minuuttia". */
export function minutesWords(minutes: number, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
