/**
 * The monthly review as data (docs/ARCHITECTURE.md, "plan the network … review it regularly"): how much the user was in
 * touch week by week, who joined, how the goals stand, who is drifting away in each tier, and the time spent
 * against the budget. The page puts it in words and a chart.
 */
import type { RhythmSettings } from '../followups';
import { dayOf, startOfDay } from '../time';
import { compareKeys, daysWithin, inTouchDays, joinedAt } from './activity';
import { MINUTES_PER_PERSON } from './focus';
import { goalProgress, isActiveGoal, type Goal, type GoalProgress } from './goals';
import { driftOf, tiersOf } from './tiers';
import { monthOf, weeksOf, type Month, type Week, type Weekday } from './week';
import type { Entry } from '../model/entry';
import type { Summary } from '../model/summary';

/** How many drifting people the review names in each tier: a few to act on, not a list to feel bad about. */
const DRIFTING_PER_TIER = 5;

export interface MonthlyReviewInput {
  contacts: readonly Summary[];
  timelines: ReadonlyMap<string, readonly Entry[]>;
  goals: readonly Goal[];
  settings: RhythmSettings;
  /** Any time in the month to review. */
  month: number;
  now: number;
  /** The weekday the user's weeks start on (week.ts firstDayOfWeek). */
  weekStartsOn: Weekday;
  /** The time the user gives networking each week, or null when they set none. */
  minutesPerWeek: number | null;
}

export interface MonthlyReview {
  month: Month;
  /**
   * Days in touch (activity.ts: once per person per day) in each week the month has days in, counting only the
   * month's own days, so that the bars add up to `contactsMade`.
   */
  weeks: { week: Week; contacts: number }[];
  contactsMade: number;
  /** Who joined the network in the month (activity.ts joinedAt), the earliest first. */
  newPeople: string[];
  /** The goals active at the month's end (or now, in the current month), and where each stood then. */
  goals: { goal: Goal; progress: GoalProgress }[];
  /**
   * For each tier with someone drifting away (tiers.ts), the most important tier first: the longest silent
   * first, DRIFTING_PER_TIER of them, and how many there are in all.
   */
  drifting: { tag: string; keys: string[]; total: number }[];
  /** Minutes: contacts made at MINUTES_PER_PERSON each, against the weekly budget over the month's days. */
  time: { usedMinutes: number; budgetMinutes: number | null };
}

/**
 * When the person was last in touch as the day `lastDay` ended: their last contact if it was by then, else the
 * latest day in touch up to it (someone called today was, in a past month's review, still silent).
 */
function lastContactAsOf(contact: Summary, touchDays: readonly number[], lastDay: number): number | null {
  if (contact.lastContactAt === null || dayOf(contact.lastContactAt) <= lastDay) return contact.lastContactAt;
  const before = touchDays.filter((day) => day <= lastDay);
  return before.length > 0 ? startOfDay(Math.max(...before)) : null;
}

/** The review of the month that holds `input.month`, as it stood at its end, or so far if it has not ended. */
export function monthlyReview(input: MonthlyReviewInput): MonthlyReview {
  const { contacts, timelines, settings, weekStartsOn } = input;
  const month = monthOf(input.month);
  const asOf = Math.min(input.now, month.endsAt - 1);
  // The month's days up to the one reviewed on: a review in the middle of the month shows it so far.
  const lastDay = dayOf(asOf);
  const touchDays = contacts.map((contact) => inTouchDays(contact, timelines.get(contact.key) ?? []));

  const weeks = weeksOf(month, weekStartsOn).map((week) => {
    const days = { firstDay: Math.max(week.firstDay, month.firstDay), lastDay: Math.min(week.lastDay, lastDay) };
    return { week, contacts: touchDays.reduce((sum, personDays) => sum + daysWithin(personDays, days), 0) };
  });
  const contactsMade = weeks.reduce((sum, { contacts: made }) => sum + made, 0);

  const newPeople = contacts
    .filter((contact) => dayOf(joinedAt(contact)) >= month.firstDay && dayOf(joinedAt(contact)) <= lastDay)
    .sort((a, b) => joinedAt(a) - joinedAt(b) || compareKeys(a.key, b.key))
    .map((contact) => contact.key);

  const goals = input.goals
    .filter((goal) => goal.createdAt < month.endsAt && isActiveGoal(goal, asOf))
    .map((goal) => ({ goal, progress: goalProgress(goal, contacts, timelines, asOf, weekStartsOn) }));

  const driftingByTag = new Map<string, { key: string; days: number }[]>();
  for (const [at, contact] of contacts.entries()) {
    if (dayOf(contact.createdAt) > lastDay) continue;
    const drift = driftOf(
      { ...contact, lastContactAt: lastContactAsOf(contact, touchDays[at]!, lastDay) },
      settings,
      asOf,
    );
    if (drift) driftingByTag.set(drift.tag, [...(driftingByTag.get(drift.tag) ?? []), { key: contact.key, ...drift }]);
  }
  const drifting = tiersOf(settings).flatMap(({ tag }) => {
    const people = (driftingByTag.get(tag) ?? []).sort((a, b) => b.days - a.days || compareKeys(a.key, b.key));
    const keys = people.slice(0, DRIFTING_PER_TIER).map((person) => person.key);
    return people.length > 0 ? [{ tag, keys, total: people.length }] : [];
  });

  const monthDays = month.lastDay - month.firstDay + 1;
  const time = {
    usedMinutes: contactsMade * MINUTES_PER_PERSON,
    budgetMinutes: input.minutesPerWeek === null ? null : Math.round((input.minutesPerWeek * monthDays) / 7),
  };
  return { month, weeks, contactsMade, newPeople, goals, drifting, time };
}
