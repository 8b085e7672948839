/** The rhythm a person types into the "Other…" box: a whole number of days, from a day to ten years. */

/** The longest rhythm, in days (ten years); the protocol's schema holds the same bound. */
export const MAX_RHYTHM_DAYS = 3650;

/** The days typed, or null when they are not a whole number from 1 to MAX_CADENCE_DAYS. */
export function parseRhythmDays(typed: string): number | null {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_RHYTHM_DAYS ? days : null;
}
