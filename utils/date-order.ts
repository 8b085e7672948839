/**
 * The order of a date's parts (day, month, year) in a language, and when a date field's order misleads.
 * Chromium's `<input type="date">` takes its order from the browser's locale, not from the page's language, so
 * an en-US browser asks a Finn for month/day/year: "7.12.2026" typed as 7 December is saved as 12 July.
 * Pure: the locales are arguments.
 */
import { DAY_MS } from './time';

export type DatePart = 'day' | 'month' | 'year';

const isDatePart = (type: string): type is DatePart => type === 'day' || type === 'month' || type === 'year';

/**
 * The parts of a date in the order the locale writes them in numbers: month, day, year for en-US. The short date
 * style is the pattern Chromium lays its date field out by.
 */
export function dateOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).formatToParts(0);
  return parts.map((part) => part.type).filter(isDatePart);
}

/**
 * The order a date field in a browser of `browserLocale` takes, when a person who reads the extension in
 * `uiLocale` writes dates in another order; null when they agree. A browser in a region of the extension's own
 * language (en-GB, with the extension in English) has the person's own order, so it agrees.
 */
export function misleadingFieldOrder(browserLocale: string, uiLocale: string): DatePart[] | null {
  if (new Intl.Locale(browserLocale).language === new Intl.Locale(uiLocale).language) return null;
  const field = dateOrder(browserLocale);
  const person = dateOrder(uiLocale);
  return field.join() === person.join() ? null : field;
}

/**
 * Whether a day (utils/time.ts, dayOf) typed in one order is another day in the other: its day of the month
 * could be a month, and is not its own. 7 December typed into a month-first field as a Finn writes it is 12
 * July; 15 January cannot be misread so (there is no 15th month), nor 5 May.
 */
export function readsBothWays(day: number): boolean {
  const calendar = new Date(day * DAY_MS);
  const date = calendar.getUTCDate();
  return date <= 12 && date !== calendar.getUTCMonth() + 1;
}
