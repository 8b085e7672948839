/**
 * A person's *summary* (what lists, search and reminders read; derived from their document on every write, in
 * views.ts) and their *view* (everything a panel shows of them), and who a message is about. Pure.
 */
import type { RhythmSource } from '../followups';
import type { Entry } from './entry';
import type { Profile, ProfileChange, SeenProfile } from './profile';

/** What lists, search and reminders read of a person, indexed in the `contacts` table. */
export interface Summary {
  /** The normalised vanity slug, or the `ACoAA…` profile id when no slug was known. Never changes. */
  key: string;
  /** Every identifier seen for this person: slugs (old and new), profile id, `member:<n>`. */
  aliases: string[];
  profileId?: string;
  memberId?: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
  tags: string[];
  /** When the user said they were last in touch ("contacted today", the date field). */
  contactedAt: number | null;
  /** Derived: the latest of `contactedAt` and every contact-type interaction. */
  lastContactAt: number | null;
  /** Keep-in-touch rhythm in days: absent to inherit (tags, then settings), null for none. */
  cadenceDays?: number | null;
  /**
   * Set by a Connections.csv import when the user chose no reminders for the people it adds: a rhythm comes only
   * from a tag or the person's own, never the default, so that tagging them later starts their reminders.
   * Absent on everyone else. Choosing a rhythm for the person clears it.
   */
  cadenceFromTagsOnly?: true;
  /** An explicit "follow up on" day (local noon); it counts until the next contact after it. */
  followUpOn: number | null;
  /** Not due before this day (local noon). */
  snoozedUntil: number | null;
  /** Derived and indexed: the first moment of the day the person is due (utils/followups.ts), or null. */
  dueAt: number | null;
  lastSeen: SeenProfile | null;
  /** When they became a connection, from LinkedIn's own export (Connections.csv); null when unknown. */
  connectedAt: number | null;
  /** Their email address, when LinkedIn's export gave one. */
  email: string;
  /** Derived: the distinct folded words of the timeline, space-separated, for search (utils/search.ts). */
  timelineWords: string;
  createdAt: number;
  updatedAt: number;
}

/** A summary as the `contacts` table keeps it, with the times of their invitations (an index). */
export type SummaryRow = Summary & { invitedAt: number[] };

/** Everything the panel shows of one person. `contact` is null until the user first adds something. */
export interface PersonView {
  summary: Summary | null;
  entries: Entry[];
  changes: ProfileChange[];
  /** The person's keep-in-touch rhythm in days (null: none), and where it comes from. */
  rhythm: { days: number | null; source: RhythmSource };
  /** Other stored contacts that share an id with this person: the user is asked whether they are one. */
  sameAs: PossibleDuplicate[];
  /**
   * How many other stored people hold an id that only the page claims for this person (utils/model/page-identity.ts).
   * Not whom: the page may have forged the id, so the user compares them on the dashboard, out of the page's reach.
   */
  samePageIds: number;
  /** Deleted somewhere, and here only because of entries that deletion never saw (model/person.ts): say so. */
  keptAfterDeletion?: true;
}

/** A stored contact that may be the same person as the one shown, as the question "Same person as X?" names it. */
export interface PossibleDuplicate {
  key: string;
  name: string;
  headline: string;
}

/**
 * Whom a message is about: the person on a LinkedIn page (found by any identifier it shows, and created on the
 * first edit), or a stored contact by key (the dashboard; never created).
 */
export type Whom = Profile | { key: string };

/** Tags as the user means them: trimmed, inner spaces collapsed, no duplicates ignoring case. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const folded = tag.toLocaleLowerCase();
    if (tag && !seen.has(folded)) {
      seen.add(folded);
      result.push(tag);
    }
  }
  return result;
}
