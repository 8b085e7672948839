/**
 * Many people falling due at once, after an import or a rhythm given to many: spread instead over the coming
 * month, a few each day, so that neither the badge nor the focus jumps to hundreds the next morning.
 */
import { spreadDueDays, type RhythmSettings } from '../../followups';
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
  const newlyDue = new Set(
    docs
      .filter((doc) => {
        if (!dueBefore.has(doc.key)) return false;
        const before = dueBefore.get(doc.key)!;
        const after = summaryRowOf(doc, settings).dueAt;
        return after !== null && after < tomorrow && (before === null || before >= tomorrow);
      })
      .map((doc) => doc.key),
  );
  const days = spreadDueDays(newlyDue.size, SPREAD_DAYS, today);
  let index = 0;
  const next = docs.map((doc) =>
    newlyDue.has(doc.key) ? setFields(doc, { followUpOn: noonOfDay(days[index++]!) }, now) : doc,
  );
  return { docs: next, spread: newlyDue.size };
}
