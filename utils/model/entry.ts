/**
 * An *entry*: one thing on a person's timeline (a note, a meeting, help given, an invitation, a change LinkedIn
 * showed), as the panel and the rest of the extension see it, and the pure rules over a timeline of them. How
 * versions of one entry are kept and merged is timeline.ts's.
 */
import { wordsOf } from '../search';
import type { ExportSaid } from './export-said';

/** Entries a person logs on the timeline. */
export const LOGGED_ENTRY_TYPES = [
  'note',
  'message',
  'meeting',
  'call',
  'event',
  'gave_help',
  'received_help',
  'invitation',
] as const;
/** Entries the extension records by itself when a profile changes. */
export const CHANGE_ENTRY_TYPES = ['headline_change', 'company_change'] as const;
export const ENTRY_TYPES = [...LOGGED_ENTRY_TYPES, ...CHANGE_ENTRY_TYPES] as const;

export type LoggedEntryType = (typeof LOGGED_ENTRY_TYPES)[number];
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Being in touch with someone: everything but a private note and the extension's own change records. */
export function isContactType(type: EntryType): boolean {
  return type !== 'note' && !(CHANGE_ENTRY_TYPES as readonly string[]).includes(type);
}

export interface Entry {
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
  type: EntryType;
  text: string;
  /** What an entry of LinkedIn's export records, to be said in the language of the moment (export-said.ts). */
  said?: ExportSaid;
  /** When it happened (epoch ms). */
  at: number;
  createdAt: number;
  updatedAt: number;
}

/** Entries grouped by the person they belong to. */
export function timelinesByPerson(entries: readonly Entry[]): Map<string, Entry[]> {
  const timelines = new Map<string, Entry[]>();
  for (const entry of entries) {
    const timeline = timelines.get(entry.contactKey);
    if (timeline) timeline.push(entry);
    else timelines.set(entry.contactKey, [entry]);
  }
  return timelines;
}

/** The timeline's words for search: distinct, folded, space-separated. */
export function timelineWordsOf(entries: readonly Entry[]): string {
  return wordsOf(...entries.map((entry) => entry.text)).join(' ');
}

/** The last time in touch: the latest of the user's own date and every contact-type entry. */
export function deriveLastContact(contactedAt: number | null, entries: readonly Entry[]): number | null {
  let latest = contactedAt;
  for (const entry of entries) {
    if (isContactType(entry.type) && (latest === null || entry.at > latest)) latest = entry.at;
  }
  return latest;
}

/** The timeline order: newest first, and by creation among equal times. */
export function byNewestFirst(a: Entry, b: Entry): number {
  return b.at - a.at || b.createdAt - a.createdAt;
}

/** Give and take: how often the user helped this person, and how often they helped the user. */
export function helpBalance(entries: readonly Entry[]): { gave: number; received: number } {
  let gave = 0;
  let received = 0;
  for (const { type } of entries) {
    if (type === 'gave_help') gave++;
    else if (type === 'received_help') received++;
  }
  return { gave, received };
}
