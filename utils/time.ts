/** Dates as people read them, through Intl. Pure: the locale and "now" are arguments. */

const DAY_MS = 86_400_000;

/** Whole calendar days from `earlier` to `later`, in the local time zone (DST days count as one). */
export function calendarDaysBetween(earlier: number, later: number): number {
  const start = new Date(earlier);
  const end = new Date(later);
  const startDay = Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
  const endDay = Date.UTC(end.getFullYear(), end.getMonth(), end.getDate());
  return Math.round((endDay - startDay) / DAY_MS);
}

/** "today", "yesterday", "3 weeks ago", "in 2 days" in the given language. */
export function relativeDay(then: number, now: number, locale: string): string {
  const days = calendarDaysBetween(now, then); // negative: in the past
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const size = Math.abs(days);
  if (size < 7) return format.format(days, 'day');
  if (size < 30) return format.format(Math.trunc(days / 7), 'week');
  if (size < 365) return format.format(Math.trunc(days / 30), 'month');
  return format.format(Math.trunc(days / 365), 'year');
}

/** The exact date, long form: "20 November 2026", "20. marraskuuta 2026". */
export function longDate(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
}

/** Date and time, short: for timeline entries. */
export function shortDateTime(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The `<input type="date">` value of a time, in the local time zone. */
export function toDateInput(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local noon of an `<input type="date">` value (noon: safe from DST shifts either way); null when empty or bad. */
export function fromDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getMonth() === month - 1 && date.getDate() === day ? date.getTime() : null;
}
