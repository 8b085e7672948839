/**
 * The calendar periods the plan counts in: the user's week (which starts on the day their locale starts it)
 * and the month. Local calendar days as utils/time.ts counts them, so a week is seven days long whatever DST
 * does to its hours. Pure: the locale and the time are arguments.
 */
import { DAY_MS, dayOf, startOfDay } from '../time';

/** A day of the week as Intl numbers it: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A run of whole local calendar days: the days `firstDay`…`lastDay`, the times [`startsAt`, `endsAt`). */
export interface Period {
  /** The local calendar day it starts on, as utils/time dayOf counts days. */
  firstDay: number;
  /** Its last local calendar day (included). */
  lastDay: number;
  /** The first moment of its first day. */
  startsAt: number;
  /** The first moment after it: the start of the day after `lastDay`. */
  endsAt: number;
}

/** One of the user's weeks: seven local days from the weekday their locale starts weeks on. */
export interface Week extends Period {
  /** The local date of its first day, `2026-11-30`: stable, sortable, and the same on every device in a zone. */
  id: string;
}

/** A calendar month. */
export interface Month extends Period {
  /** `2026-11`. */
  id: string;
}

/** What `Intl.Locale` tells of weeks: a method in newer engines, a getter in older ones (Chrome 99–129, Node 20). */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The weekday a locale's weeks start on: Sunday for `en-US`, Monday for `fi-FI`. Monday when the engine does
 * not say (Firefox has no week info), as ISO 8601 and most of the world count.
 */
export function firstDayOfWeek(locale: string): Weekday {
  let firstDay: number | undefined;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
  } catch {
    // A locale Intl does not accept: the default below.
  }
  return firstDay !== undefined && firstDay >= 1 && firstDay <= 7 ? (firstDay as Weekday) : 1;
}

/** The weekday of a local calendar day number. Day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The `YYYY-MM-DD` of a local calendar day number (day numbers count calendar days, as UTC dates do). */
function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days `firstDay`…`lastDay` as a Period. */
function periodOf(firstDay: number, lastDay: number): Period {
  return { firstDay, lastDay, startsAt: startOfDay(firstDay), endsAt: startOfDay(lastDay + 1) };
}

/** The week a time falls in, for weeks that start on `firstDay`. */
export function weekOf(time: number, firstDay: Weekday): Week {
  const day = dayOf(time);
  const start = day - ((weekdayOf(day) - firstDay + 7) % 7);
  return { id: isoDate(start), ...periodOf(start, start + 6) };
}

/** The calendar month a time falls in. */
export function monthOf(time: number): Month {
  const calendar = new Date(dayOf(time) * DAY_MS);
  const [year, month] = [calendar.getUTCFullYear(), calendar.getUTCMonth()];
  const first = Date.UTC(year, month, 1) / DAY_MS;
  const last = Date.UTC(year, month + 1, 0) / DAY_MS;
  return { id: isoDate(first).slice(0, 7), ...periodOf(first, last) };
}

/** The weeks that have days in a period, in order: the first may start before it, the last end after it. */
export function weeksOf(period: Period, firstDay: Weekday): Week[] {
  const weeks: Week[] = [];
  for (let week = weekOf(period.startsAt, firstDay); week.firstDay <= period.lastDay;) {
    weeks.push(week);
    week = weekOf(week.endsAt, firstDay);
  }
  return weeks;
}
