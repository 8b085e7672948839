/** The dashboard's list of people: which to show and in what order, and what each tag holds. Pure. */
import { endOfComingWeek } from './time';
import type { Summary } from './model/summary';

export type SortOrder = 'name' | 'last-contact' | 'due';
export type StatusFilter = 'all' | 'overdue' | 'due-this-week' | 'never-contacted';

export interface ListQuery {
  /** The keys search found, or null when nothing is searched. */
  found: ReadonlySet<string> | null;
  /** Only people with this tag (any case), or null for all. */
  tag: string | null;
  status: StatusFilter;
  sort: SortOrder;
}

/** Due today or earlier: what the badge counts and the popup lists. */
function isDue(contact: Summary, now: number): boolean {
  return contact.dueAt !== null && contact.dueAt <= now;
}

function matchesStatus(contact: Summary, status: StatusFilter, now: number): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'overdue':
      return isDue(contact, now);
    case 'due-this-week':
      // Overdue people are due this week too: the list is what to do before the week ends.
      return contact.dueAt !== null && contact.dueAt < endOfComingWeek(now);
    case 'never-contacted':
      return contact.lastContactAt === null;
  }
}

/** Names as the user's language sorts them ("Ärölä" after "Zetterberg" in Finnish); the key when unnamed. */
const nameOf = (contact: Summary) => contact.name || contact.key;

/** The people to show, in order. Never contacted / never due go last whatever the order. */
export function listContacts(
  contacts: readonly Summary[],
  query: ListQuery,
  now: number,
  collator: Intl.Collator,
): Summary[] {
  const tag = query.tag?.toLocaleLowerCase() ?? null;
  const shown = contacts.filter(
    (contact) =>
      (query.found === null || query.found.has(contact.key)) &&
      (tag === null || contact.tags.some((own) => own.toLocaleLowerCase() === tag)) &&
      matchesStatus(contact, query.status, now),
  );
  const byName = (a: Summary, b: Summary) => collator.compare(nameOf(a), nameOf(b));
  const nullsLast = (a: number | null, b: number | null, order: 1 | -1) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : (a - b) * order;
  switch (query.sort) {
    case 'name':
      return shown.sort(byName);
    case 'last-contact':
      return shown.sort((a, b) => nullsLast(a.lastContactAt, b.lastContactAt, -1) || byName(a, b));
    case 'due':
      return shown.sort((a, b) => nullsLast(a.dueAt, b.dueAt, 1) || byName(a, b));
  }
}

export interface TagSummary {
  /** As first written. */
  tag: string;
  people: number;
  /** Due today or earlier, as the badge counts. */
  overdue: number;
}

/** Every tag in use with how many people have it and how many of them are overdue, sorted by name. */
export function summarizeTags(
  contacts: readonly Summary[],
  now: number,
  collator: Intl.Collator,
  /** The tiers chosen (tags with a rhythm of their own): listed even before anyone is tagged with them. */
  tiers: readonly string[] = [],
): TagSummary[] {
  const byTag = new Map<string, TagSummary>();
  for (const contact of contacts) {
    for (const tag of contact.tags) {
      const folded = tag.toLocaleLowerCase();
      const summary = byTag.get(folded) ?? { tag, people: 0, overdue: 0 };
      summary.people++;
      if (isDue(contact, now)) summary.overdue++;
      byTag.set(folded, summary);
    }
  }
  for (const tier of tiers) {
    const folded = tier.toLocaleLowerCase();
    if (!byTag.has(folded)) byTag.set(folded, { tag: tier, people: 0, overdue: 0 });
  }
  return [...byTag.values()].sort((a, b) => collator.compare(a.tag, b.tag));
}
