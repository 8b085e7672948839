/** Which month the review shows, as the route names it (`2026-11`), and the months either side. Pure. */
import { monthOf } from '@/utils/plan/week';

/**
 * The time to review the month of: in the month `id` names, or now for this month, for none, and for a month
 * that has not begun (there is nothing in it to review, and its weeks would read as all zeros).
 */
export function reviewedTime(id: string | null, now: number): number {
  // Month ids sort as their months do.
  return id === null || id >= monthOf(now).id ? now : timeInMonth(id);
}

/** A time in the middle of the month `id` names (local noon on the 15th: clear of any zone's edges). */
export function timeInMonth(id: string): number {
  const [year, month] = id.split('-').map(Number);
  return new Date(year!, month! - 1, 15, 12).getTime();
}

/** The id of the month `by` months after the one that holds `time` (before it, for a negative `by`). */
export function monthIdAfter(time: number, by: number): string {
  const { startsAt } = monthOf(time);
  const first = new Date(startsAt);
  return monthOf(new Date(first.getFullYear(), first.getMonth() + by, 15, 12).getTime()).id;
}
