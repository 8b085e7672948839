/**
 * The rules for a date a person enters: what a date field's value says, and which days may be saved where. A
 * last contact and a logged entry happened, so they are not in the future; a follow-up is still to come, so it
 * is not in the past. Pure: "now" is an argument, days are local calendar days (utils/time.ts, dayOf).
 */
import { dayOf, fromDateInput, noonOfDay, toDateInput } from './time';

/** Which days a date may be: one that has come (today or earlier), or one still to come (today or later). */
export type DateBound = 'not-future' | 'not-past';

/** Why what a field holds is not saved. */
export type DateProblem = 'incomplete' | 'year' | 'future' | 'past';

/** What a date field holds: a day that may be saved, nothing, or something refused (with the day, if any). */
export type DateReading =
  { kind: 'day'; day: number } | { kind: 'empty' } | { kind: 'refused'; problem: DateProblem; day?: number };

/** The `<input type="date">` value of a local calendar day. */
export function dateInputOfDay(day: number): string {
  return toDateInput(noonOfDay(day));
}

/**
 * Reads a date field. `incomplete` is the field's `validity.badInput`: some parts typed, others not (the
 * browser then reports an empty value). The browser pads the year to four digits as it is typed, so a year
 * before 1000 is one typed short (`26` for 2026), or the year still being typed; beyond 9999 it is a slip too.
 */
export function readDateField(value: string, incomplete: boolean, bound: DateBound, now: number): DateReading {
  if (incomplete) return { kind: 'refused', problem: 'incomplete' };
  if (value === '') return { kind: 'empty' };
  const year = parseInt(value, 10);
  if (!(year >= 1000 && year <= 9999)) return { kind: 'refused', problem: 'year' };
  const time = fromDateInput(value);
  if (time === null) return { kind: 'refused', problem: 'incomplete' };
  const day = dayOf(time);
  const today = dayOf(now);
  if (bound === 'not-future' && day > today) return { kind: 'refused', problem: 'future', day };
  if (bound === 'not-past' && day < today) return { kind: 'refused', problem: 'past', day };
  return { kind: 'day', day };
}

/**
 * How far the background lets a time stray past now before it calls it the future (or the past). A day is
 * sent as its local noon, and today's noon is at most 13 hours from now (12, or 13 on the day the clocks go
 * back); 14 hours accepts every today, also when the clock or time zone moved a little between the panel and
 * the background. The price: just before midnight, tomorrow's noon (12 hours ahead) passes here too. This is
 * defence against a crafted message, not the rule people meet: the date field checks the exact day.
 */
export const BOUND_SLACK_MS = 14 * 3_600_000;

/** A time the background refuses: clearly on the wrong side of now for its bound. */
export class DateOutOfBoundsError extends Error {
  constructor(what: string, bound: DateBound) {
    super(`${what} cannot be in the ${bound === 'not-future' ? 'future' : 'past'}.`);
    this.name = 'DateOutOfBoundsError';
  }
}

/** Whether `time` is on the right side of now for its bound, within the slack. */
export function isWithinBound(time: number, bound: DateBound, now: number): boolean {
  return bound === 'not-future' ? time <= now + BOUND_SLACK_MS : time >= now - BOUND_SLACK_MS;
}

/** Throws DateOutOfBoundsError when `time` is set and beyond `bound` by more than the slack. */
export function assertWithinBound(what: string, time: number | null | undefined, bound: DateBound, now: number): void {
  if (time === null || time === undefined) return;
  if (!isWithinBound(time, bound, now)) throw new DateOutOfBoundsError(what, bound);
}
