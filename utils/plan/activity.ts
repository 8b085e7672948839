/**
 * What the plan counts as having happened with a person, so that goals, the weekly focus and the monthly review
 * count alike: the days in touch, and when someone joined the network; and the order that breaks ties between
 * people wherever the plan ranks them.
 */
import { dayOf } from '../time';
import type { Period } from './week';
import { isContactType, type Entry } from '../model/entry';
import type { Summary } from '../model/summary';

/**
 * The local days the user was in touch with a person, in order, each once: the day of every contact-type entry,
 * and the day the user said they were in touch (`contactedAt`, which the popup's "Done" sets without an entry).
 * A message and a call on the same day are one contact: goals count people reached, not clicks. Only the latest
 * `contactedAt` is stored, so an earlier "Done" with no entry is no longer known.
 */
export function inTouchDays(contact: Pick<Summary, 'contactedAt'>, timeline: readonly Entry[]): number[] {
  const days = new Set<number>();
  if (contact.contactedAt !== null) days.add(dayOf(contact.contactedAt));
  for (const entry of timeline) if (isContactType(entry.type)) days.add(dayOf(entry.at));
  return [...days].sort((a, b) => a - b);
}

/** How many of the days fall in a period. */
export function daysWithin(days: readonly number[], period: Pick<Period, 'firstDay' | 'lastDay'>): number {
  return days.filter((day) => day >= period.firstDay && day <= period.lastDay).length;
}

/**
 * When a person joined the user's network: when they became a connection, if LinkedIn's export said, else when
 * they were added. An import of old connections then brings no burst of "new people".
 */
export function joinedAt(contact: Pick<Summary, 'connectedAt' | 'createdAt'>): number {
  return contact.connectedAt ?? contact.createdAt;
}

/** Keys in a fixed order, the same in every locale, so that a ranking never depends on the order of its input. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
