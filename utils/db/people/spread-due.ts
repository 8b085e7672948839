/**
 * Many people falling due at once, after an import or a rhythm given to many: spread instead over the coming
 * month, a few each day and the longest silence first, so that neither the badge nor the focus jumps to hundreds
 * the next morning.
 */
import { spreadDue, type RhythmSettings } from '../../followups';
import { setFields, type Person } from '../../model/person';
import { summaryRowOf } from '../../model/views';
import { dayOf, noonOfDay, startOfDay } from '../../time';

/** Over how many days people who would fall due at once are spread. */
export const SPREAD_DAYS = 30;

/**
 * The documents with a follow-up day set for those that are due by tomorrow and were not before (`dueBefore`:
 * their due times before the change; people missing from it are left alone), and how many those were.
 */
export function spreadNewlyDue(
  docs: readonly Person[],
  dueBefore: ReadonlyMap<string, number | null>,
  settings: RhythmSettings,
  now: number,
): { docs: Person[]; spread: number } {
  const today = dayOf(now);
  const tomorrow = startOfDay(today + 1);
  const dueDays = new Map<string, number>();
  for (const doc of docs) {
    if (!dueBefore.has(doc.key)) continue;
    const before = dueBefore.get(doc.key)!;
    const after = summaryRowOf(doc, settings).dueAt;
    if (after !== null && after < tomorrow && (before === null || before >= tomorrow))
      dueDays.set(doc.key, dayOf(after));
  }
  const spread = spreadDue([...dueDays.values()], SPREAD_DAYS, today);
  const followUpDays = new Map([...dueDays.keys()].map((key, index) => [key, spread[index]!] as const));
  const next = docs.map((doc) => {
    const day = followUpDays.get(doc.key);
    return day === undefined ? doc : setFields(doc, { followUpOn: noonOfDay(day) }, now);
  });
  return { docs: next, spread: followUpDays.size };
}
