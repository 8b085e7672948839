/**
 * Tiers: a tag with a keep-in-touch cadence of its own ("mentors" every 30 days) groups the people who matter
 * alike, and a shorter cadence marks a more important tier. Tags match ignoring case, as in utils/followups.ts.
 */
import type { Contact } from '../contacts';
import type { CadenceSettings } from '../followups';
import { dayOf } from '../time';

export interface Tier {
  /** The tag as settings write it. */
  tag: string;
  cadenceDays: number;
}

/** Every tier, the most important (shortest cadence) first, then by tag. */
export function tiersOf(settings: CadenceSettings): Tier[] {
  return Object.entries(settings.tagCadences)
    .map(([tag, cadenceDays]) => ({ tag, cadenceDays }))
    .sort((a, b) => a.cadenceDays - b.cadenceDays || a.tag.localeCompare(b.tag));
}

/** A person's most important tier, or null when none of their tags has a cadence. */
export function tierOf(contact: Pick<Contact, 'tags'>, settings: CadenceSettings): Tier | null {
  const tags = new Set(contact.tags.map((tag) => tag.toLocaleLowerCase()));
  return tiersOf(settings).find((tier) => tags.has(tier.tag.toLocaleLowerCase())) ?? null;
}

/**
 * Whether a person is drifting away: silent for longer than their tier's rhythm, whatever their own cadence,
 * snooze or follow-up date say (those are the user's schedule; this is the relationship). `days` is the whole
 * silence, since the last contact or, never contacted, since they were added.
 */
export function driftOf(
  contact: Pick<Contact, 'tags' | 'lastContactAt' | 'createdAt'>,
  settings: CadenceSettings,
  now: number,
): { tag: string; days: number } | null {
  const tier = tierOf(contact, settings);
  if (!tier) return null;
  const days = dayOf(now) - dayOf(contact.lastContactAt ?? contact.createdAt);
  return days > tier.cadenceDays ? { tag: tier.tag, days } : null;
}
