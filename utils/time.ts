/** Dates as people read them, through Intl. Pure: the locale and "now" are arguments. */

export const DAY_MS = 86_400_000;

/**
 * The local calendar day of a time, as a count of days since 1970-01-01 on the calendar. Days count the same
 * whatever their length (23 or 25 hours across a DST change), and day + n is always n calendar days later.
 */
export function dayOf(time: number): number {
  const date = new Date(time);
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The first moment of a local calendar day (midnight, or the first hour that exists on a DST day). */
export function startOfDay(day: number): number {
  const calendar = new Date(day * DAY_MS);
  return new Date(calendar.getUTCFullYear(), calendar.getUTCMonth(), calendar.getUTCDate()).getTime();
}

/** Local noon of a calendar day: a time safely inside that day whatever DST does. */
export function noonOfDay(day: number): number {
  const calendar = new Date(day * DAY_MS);
  return new Date(calendar.getUTCFullYear(), calendar.getUTCMonth(), calendar.getUTCDate(), 12).getTime();
}

/**
 * Where "the coming week" ends: what is due before it is due this week (the popup's "Coming up this week",
 * the contacts' "Due this week"). Today and the seven days after it, so that the same weekday next week counts.
 * Not the plan's week (utils/plan/week.ts), which is the calendar week the user's locale starts.
 */
export function endOfComingWeek(now: number): number {
  return startOfDay(dayOf(now) + 8);
}

/** Whole calendar days from `earlier` to `later`, in the local time zone. */
export function calendarDaysBetween(earlier: number, later: number): number {
  return dayOf(later) - dayOf(earlier);
}

/** "today", "yesterday", "3 weeks ago", "in 2 days" in the given language. */
export function relativeDay(then: number, now: number, locale: string): string {
  const days = calendarDaysBetween(now, then); // negative: in the past
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const size = Math.abs(days);
  // To the nearest whole unit: 58 days back is "2 months ago", as a person counts, not "last month".
  const inUnits = (unitDays: number) => Math.sign(days) * Math.round(size / unitDays);
  if (size < 7) return format.format(days, 'day');
  if (size < 30) return format.format(inUnits(7), 'week');
  if (size < 365) return format.format(inUnits(30.44), 'month');
  return format.format(inUnits(365.25), 'year');
}

/** The exact date, long form: "20 November 2026", "20. marraskuuta 2026". */
export function longDate(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time);
}

/** A day in words, with its weekday: "Sunday, 12 July 2026", "sunnuntai 12. heinäkuuta 2026". */
export function fullDate(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(time);
}

/** Date and time, short. */
export function shortDateTime(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/**
 * When a timeline entry happened: date and time, or the date alone for an entry whose day was typed (or
 * imported without a time), which is kept as that day's noon (fromDateInput): its "12:00" was never said.
 */
export function entryWhen(time: number, locale: string): string {
  if (time === noonOfDay(dayOf(time))) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
  return shortDateTime(time, locale);
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
  const calendarDay = Date.UTC(year, month - 1, day) / DAY_MS;
  const valid = new Date(calendarDay * DAY_MS).getUTCDate() === day && month >= 1 && month <= 12;
  return valid ? noonOfDay(calendarDay) : null;
}
