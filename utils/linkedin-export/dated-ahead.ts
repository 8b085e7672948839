/**
 * A planned person without what is dated in the future. No way in accepts a day the panel would refuse
 * (utils/date-input.ts); an export, whose days LinkedIn's own clock wrote, has one only when the file was damaged
 * or edited, and its other rows are still good. Pure.
 */
import { isWithinBound } from '../date-input';
import type { PlannedPerson } from './plan';

/** The person without entries or a connection day in the future, and how many entries were left out. */
export function withoutDaysAhead(person: PlannedPerson, now: number): { person: PlannedPerson; left: number } {
  const past = (at: number | null) => at === null || isWithinBound(at, 'not-future', now);
  const entries = person.entries.filter((entry) => past(entry.at));
  const left = person.entries.length - entries.length;
  if (left === 0 && past(person.connectedAt)) return { person, left };
  return {
    person: {
      ...person,
      entries,
      connectedAt: past(person.connectedAt) ? person.connectedAt : null,
      wroteAt: past(person.wroteAt) ? person.wroteAt : null,
    },
    left,
  };
}
