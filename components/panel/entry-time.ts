/** When a timeline entry happened, from the day chosen in its form. Pure. */
import { dayOf, noonOfDay } from '@/utils/time';

/**
 * The time of an entry on the chosen day (none chosen: today): the original time when the day is unchanged, now
 * for today, noon for another day.
 */
export function timeOn(day: number | null, original: number | undefined, now: number): number {
  if (original !== undefined && day === dayOf(original)) return original;
  return day === null || day === dayOf(now) ? now : noonOfDay(day);
}
