/**
 * Tiers: a tag with a keep-in-touch rhythm of its own ("mentors" every 30 days) groups the people who matter
 * alike, and a shorter rhythm marks a more important tier. Tags match ignoring case, as in utils/followups.ts.
 */
import type { RhythmSettings } from '../followups';
import { dayOf } from '../time';
import type { Summary } from '../model/summary';

export interface Tier {
  /** The tag as settings write it. */
  tag: string;
  cadenceDays: number;
}

/** Every tier, the most important (shortest rhythm) first, then by tag. */
export function tiersOf(settings: RhythmSettings): Tier[] {
  return Object.entries(settings.tagCadences)
    .map(([tag, cadenceDays]) => ({ tag, cadenceDays }))
    .sort((a, b) => a.cadenceDays - b.cadenceDays || a.tag.localeCompare(b.tag));
}

/** A person's most important tier, or null when none of their tags has a rhythm. */
export function tierOf(contact: Pick<Summary, 'tags'>, settings: RhythmSettings): Tier | null {
  const tags = new Set(contact.tags.map((tag) => tag.toLocaleLowerCase()));
  return tiersOf(settings).find((tier) => tags.has(tier.tag.toLocaleLowerCase())) ?? null;
}

/**
 * Whether a person is drifting away: silent for longer than their tier's rhythm, whatever their own rhythm,
 * snooze or follow-up date say (those are the user's schedule; this is the relationship). `days` is the whole
 * silence, since the last contact or, never contacted, since they were added.
 */
export function driftOf(
  contact: Pick<Summary, 'tags' | 'lastContactAt' | 'createdAt'>,
  settings: RhythmSettings,
  now: number,
): { tag: string; days: number } | null {
  const tier = tierOf(contact, settings);
  if (!tier) return null;
  const days = dayOf(now) - dayOf(contact.lastContactAt ?? contact.createdAt);
  return days > tier.cadenceDays ? { tag: tier.tag, days } : null;
}
