/**
 * The monthly review's periods in words, as the user's language writes dates: the month ("November 2026",
 * "marraskuu 2026") and each week's days within it ("Nov 1 – 7"), for the chart's labels and summary.
 */
import { uiLocale } from '@/utils/i18n';
import type { Month, Week } from '@/utils/plan/week';
import { noonOfDay } from '@/utils/time';

export function monthWords(month: Month, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(noonOfDay(month.firstDay));
}

/** The week's days that fall in the month: the first and last week of a month are cut at its edges. */
function daysInMonth(week: Week, month: Month): [number, number] {
  return [noonOfDay(Math.max(week.firstDay, month.firstDay)), noonOfDay(Math.min(week.lastDay, month.lastDay))];
}

/** A week's first day in the month, short: "Nov 2", "2.11.". */
export function weekStartWords(week: Week, month: Month, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(daysInMonth(week, month)[0]);
}

/** The week's days in the month: "Nov 1 – 7", "1.–7.11.". */
export function weekRangeWords(week: Week, month: Month, locale = uiLocale()): string {
  const [first, last] = daysInMonth(week, month);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).formatRange(first, last);
}
