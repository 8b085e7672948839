/**
 * The contact summary and timeline entries as the background, the panel and extension pages see them (a person's
 * document, and merging, are utils/model's), and the pure rules on them.
 * Storage is the background's (utils/db); this file holds no I/O.
 */
import type { CadenceSource } from './followups';
import type { Profile, ProfileChange, SeenProfile } from './model/profile';
import { wordsOf } from './search';

/** Interactions a person logs on the timeline. */
export const LOGGED_TYPES = [
  'note',
  'message',
  'meeting',
  'call',
  'event',
  'gave_help',
  'received_help',
  'invitation',
] as const;
/** Interactions the extension records by itself when a profile changes. */
export const CHANGE_TYPES = ['headline_change', 'company_change'] as const;
export const INTERACTION_TYPES = [...LOGGED_TYPES, ...CHANGE_TYPES] as const;

export type LoggedType = (typeof LOGGED_TYPES)[number];
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Being in touch with someone: everything but a private note and the extension's own change records. */
export function isContactType(type: InteractionType): boolean {
  return type !== 'note' && !(CHANGE_TYPES as readonly string[]).includes(type);
}

export interface Contact {
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

export interface Interaction {
  /** Globally unique (UUID), the same on every device. */
  id: string;
  /**
   * The versions shown, space-separated (utils/model/timeline.ts): an edit names them, so that an edit made
   * meanwhile elsewhere stays beside it.
   */
  rev?: string;
  /** Texts of this entry edited elsewhere at the same time: both kept, and the person told. */
  otherTexts?: string[];
  contactKey: string;
  type: InteractionType;
  text: string;
  /** When it happened (epoch ms). */
  at: number;
  createdAt: number;
  updatedAt: number;
}

/** Everything the panel shows of one person. `contact` is null until the user first adds something. */
export interface ContactView {
  contact: Contact | null;
  interactions: Interaction[];
  changes: ProfileChange[];
  /** The person's keep-in-touch rhythm in days (null: none), and where it comes from. */
  cadence: { days: number | null; source: CadenceSource };
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

/** Interactions grouped by the contact they belong to. */
export function timelinesByContact(interactions: readonly Interaction[]): Map<string, Interaction[]> {
  const timelines = new Map<string, Interaction[]>();
  for (const interaction of interactions) {
    const timeline = timelines.get(interaction.contactKey);
    if (timeline) timeline.push(interaction);
    else timelines.set(interaction.contactKey, [interaction]);
  }
  return timelines;
}

/** The timeline's words for search: distinct, folded, space-separated. */
export function timelineWordsOf(interactions: readonly Interaction[]): string {
  return wordsOf(...interactions.map((interaction) => interaction.text)).join(' ');
}

/** The last time in touch: the latest of the user's own date and every contact-type interaction. */
export function deriveLastContact(contactedAt: number | null, interactions: readonly Interaction[]): number | null {
  let latest = contactedAt;
  for (const interaction of interactions) {
    if (isContactType(interaction.type) && (latest === null || interaction.at > latest)) latest = interaction.at;
  }
  return latest;
}

/** The timeline order: newest first, and by creation among equal times. */
export function byNewestFirst(a: Interaction, b: Interaction): number {
  return b.at - a.at || b.createdAt - a.createdAt;
}

/**
 * Whom a message is about: the person on a LinkedIn page (found by any identifier it shows, and created on the
 * first edit), or a stored contact by key (the dashboard; never created).
 */
export type PersonRef = Profile | { key: string };

/** Give and take: how often the user helped this person, and how often they helped the user. */
export function helpBalance(interactions: readonly Interaction[]): { gave: number; received: number } {
  let gave = 0;
  let received = 0;
  for (const { type } of interactions) {
    if (type === 'gave_help') gave++;
    else if (type === 'received_help') received++;
  }
  return { gave, received };
}
