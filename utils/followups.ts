/**
 * When to get in touch next: pure scheduling on local calendar days (docs/ARCHITECTURE.md, "keep your network up").
 *
 * A person is due one rhythm after the last contact (or after they were added, if never contacted); an
 * explicit "follow up on <day>" set after the last contact overrides that; a snooze pushes it to a later day.
 * The rhythm is the person's own, else the shortest of their tags' rhythms, else the default in settings
 * (unless an import left the person to their tags only).
 */
import { DAY_MS, dayOf, startOfDay } from './time';
import type { Summary } from './model/summary';

/** The rhythms offered, in days: 1 and 2 weeks; 1, 2, 3 and 6 months; a year. Any other number of days works too. */
export const RHYTHM_CHOICES = [7, 14, 30, 60, 90, 180, 365] as const;

export interface RhythmSettings {
  /** null: no reminders for people without a rhythm of their own or from a tag. */
  defaultCadenceDays: number | null;
  /** Tag (any case) → rhythm in days. */
  tagCadences: Record<string, number>;
}

export type RhythmSource =
  { from: 'contact' } | { from: 'tag'; tag: string } | { from: 'default' } | { from: 'tags-only' };

/** The fields scheduling reads. `cadenceDays` undefined: inherit; null: none for this person. */
export type Schedulable = Pick<Summary, 'tags' | 'lastContactAt' | 'createdAt' | 'followUpOn' | 'snoozedUntil'> &
  Pick<Summary, 'cadenceDays' | 'cadenceFromTagsOnly'>;

/** A person's rhythm in days (null: none), and where it comes from. */
export function effectiveRhythm(
  contact: Pick<Schedulable, 'cadenceDays' | 'cadenceFromTagsOnly' | 'tags'>,
  settings: RhythmSettings,
): { days: number | null; source: RhythmSource } {
  if (contact.cadenceDays !== undefined) return { days: contact.cadenceDays, source: { from: 'contact' } };
  const byTag = new Map(Object.entries(settings.tagCadences).map(([tag, days]) => [tag.toLocaleLowerCase(), days]));
  let best: { days: number; tag: string } | null = null;
  for (const tag of contact.tags) {
    const days = byTag.get(tag.toLocaleLowerCase());
    if (days !== undefined && (best === null || days < best.days)) best = { days, tag };
  }
  if (best) return { days: best.days, source: { from: 'tag', tag: best.tag } };
  if (contact.cadenceFromTagsOnly) return { days: null, source: { from: 'tags-only' } };
  return { days: settings.defaultCadenceDays, source: { from: 'default' } };
}

/** Whether the user chose a person's rhythm: one of their own (none at all included), or their tier's. */
export function rhythmChosen(
  contact: Pick<Schedulable, 'cadenceDays' | 'cadenceFromTagsOnly' | 'tags'>,
  settings: RhythmSettings,
): boolean {
  const { from } = effectiveRhythm(contact, settings).source;
  return from === 'contact' || from === 'tag';
}

/** The local calendar day a person is next due (see dayOf), or null when nothing is due. */
export function dueDay(contact: Schedulable, cadenceDays: number | null): number | null {
  const lastDay = contact.lastContactAt === null ? null : dayOf(contact.lastContactAt);
  const followUpDay = contact.followUpOn === null ? null : dayOf(contact.followUpOn);
  let due: number | null;
  if (followUpDay !== null && (lastDay === null || followUpDay > lastDay)) due = followUpDay;
  else if (cadenceDays === null) due = null;
  else due = (lastDay ?? dayOf(contact.createdAt)) + cadenceDays;
  if (due !== null && contact.snoozedUntil !== null) due = Math.max(due, dayOf(contact.snoozedUntil));
  return due;
}

/**
 * When each of many people given a rhythm at once (an import's tier, a suggestion accepted) is next due, so that
 * no morning has them all: whoever is not due yet (`dueDays`: each one's due day by their rhythm, counted from
 * their real last contact) keeps that day (null); those due by `today` are spread over the `overDays` days after
 * it, the most overdue (the longest silence) first, each on the first day with room. A day has room for the daily
 * share, ⌈people / overDays⌉, counting those who fall due on it by themselves, so there is room within those days
 * for everyone.
 */
export function spreadDue(dueDays: readonly number[], overDays: number, today: number): (number | null)[] {
  const share = Math.ceil(dueDays.length / overDays);
  const taken = new Map<number, number>();
  for (const day of dueDays) if (day > today) taken.set(day, (taken.get(day) ?? 0) + 1);
  const mostOverdueFirst = dueDays
    .map((day, index) => ({ day, index }))
    .filter(({ day }) => day <= today)
    .sort((a, b) => a.day - b.day);
  const spread: (number | null)[] = dueDays.map(() => null);
  let day = today + 1;
  for (const { index } of mostOverdueFirst) {
    while ((taken.get(day) ?? 0) >= share) day++;
    spread[index] = day;
    taken.set(day, (taken.get(day) ?? 0) + 1);
  }
  return spread;
}

/** The indexed `dueAt` of a contact: the first moment of its due day, or null. */
export function dueAtOf(contact: Schedulable, settings: RhythmSettings): number | null {
  const day = dueDay(contact, effectiveRhythm(contact, settings).days);
  return day === null ? null : startOfDay(day);
}

/** One person in the popup's list. */
export interface FollowUp {
  key: string;
  name: string;
  headline: string;
  lastContactAt: number | null;
  dueAt: number;
  cadenceDays: number | null;
}

/** Where a person stands: nothing due, due in N days, due today, or N days overdue. */
export type DueStatus =
  { kind: 'none' } | { kind: 'upcoming'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

export function dueStatus(dueAt: number | null, now: number): DueStatus {
  if (dueAt === null) return { kind: 'none' };
  const days = dayOf(dueAt) - dayOf(now);
  if (days > 0) return { kind: 'upcoming', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
}

/** The rhythm an explicit follow-up of someone without a rhythm counts as, when lateness is measured. */
const RHYTHM_OF_A_FOLLOW_UP_DAYS = 30;

/**
 * How overdue, relative to the rhythm: (now − due) / rhythm. A weekly contact two weeks late outranks a
 * yearly one two weeks late. An explicit follow-up without a rhythm counts as a monthly one.
 */
export function urgency(dueAt: number, cadenceDays: number | null, now: number): number {
  return (now - dueAt) / ((cadenceDays ?? RHYTHM_OF_A_FOLLOW_UP_DAYS) * DAY_MS);
}

/** How many of their rhythms late someone `daysLate` calendar days overdue is: urgency in whole days, for words. */
export function rhythmsLate(daysLate: number, cadenceDays: number | null): number {
  return daysLate / (cadenceDays ?? RHYTHM_OF_A_FOLLOW_UP_DAYS);
}

/**
 * The order of who is due: everyone overdue (due before today) first, then who is due today; in each, the most
 * urgent relative to their rhythm first. Someone due this morning on a short rhythm is no more late than
 * someone a day past due on a long one, whatever the ratio says.
 */
export function mostUrgentFirst(now: number) {
  const today = startOfDay(dayOf(now));
  return (a: { dueAt: number; cadenceDays: number | null }, b: { dueAt: number; cadenceDays: number | null }) =>
    Number(b.dueAt < today) - Number(a.dueAt < today) ||
    urgency(b.dueAt, b.cadenceDays, now) - urgency(a.dueAt, a.cadenceDays, now);
}
