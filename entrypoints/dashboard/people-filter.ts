/** Finding people by name in a long list, for choosing some of them (a goal's people). Pure. */
import { fold } from '@/utils/search';
import type { Summary } from '@/utils/model/summary';

/** The people whose name holds what was typed, the first `limit` of them, and how many more match. */
export function peopleNamed(
  people: readonly Summary[],
  query: string,
  limit: number,
): { shown: Summary[]; more: number } {
  const wanted = fold(query.trim());
  const matching = people.filter((person) => fold(person.name || person.key).includes(wanted));
  return { shown: matching.slice(0, limit), more: Math.max(0, matching.length - limit) };
}
