/**
 * Goals: what the user wants from their network, what they can give to it, whom it concerns, and a target to
 * measure progress by (docs/ARCHITECTURE.md, "plan the network"). Pure: the people, their timelines and "now" are arguments.
 */
import { dayOf, startOfDay } from '../time';
import { daysWithin, inTouchDays, joinedAt } from './activity';
import { monthOf, weekOf, type Period, type Weekday } from './week';
import type { Entry, EntryType } from '../model/entry';
import type { Summary } from '../model/summary';

/** What a goal counts. */
export const GOAL_MEASURES = ['contacts', 'new-people', 'meetings', 'gave-help', 'received-help'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

/** Whom a goal concerns: everyone with a tag (as it is now, so people tagged later join), or chosen people. */
export type GoalWho = { kind: 'tag'; tag: string } | { kind: 'people'; keys: string[] };

export interface Goal {
  /** Globally unique (UUID), as every synced record's id. */
  id: string;
  title: string;
  /** Why the user wants it: shown beside the goal, to keep it meaningful. */
  why: string;
  /** What the user can give in return: networking is give and take. */
  give: string;
  who: GoalWho;
  /**
   * - `contacts`: days in touch with a member (activity.ts: once per person per day);
   * - `new-people`: members who joined the network (activity.ts `joinedAt`);
   * - `meetings`: meeting, call and event entries with members;
   * - `gave-help`, `received-help`: those entries with members.
   */
  measure: GoalMeasure;
  /** How many, in each period. */
  target: number;
  /** The period the target is for: each week, each month, or (null) from the goal's creation to its deadline. */
  per: 'week' | 'month' | null;
  /** The last day of the goal (a time in it; the date field gives local noon); null for none. */
  deadline: number | null;
  createdAt: number;
  updatedAt: number;
  /** Put away by the user: kept for the record, no longer planned for. */
  archived: boolean;
}

/** How a goal stands in its current period. */
export interface GoalProgress {
  done: number;
  target: number;
  /** The first moment of the period counted. */
  periodStart: number;
  /** The first moment after it; null for a goal with neither period nor deadline, which counts from its start on. */
  periodEnd: number | null;
  /**
   * Whether `done` keeps pace with the target: at least the target's share of the period's days already over,
   * rounded down (so no goal is behind on its first day). A goal without an end sets no pace and is never behind.
   */
  onTrack: boolean;
}

/** Entry types each timeline measure counts. */
const COUNTED_ENTRIES: Partial<Record<GoalMeasure, readonly EntryType[]>> = {
  meetings: ['meeting', 'call', 'event'],
  'gave-help': ['gave_help'],
  'received-help': ['received_help'],
};

/** A goal the user still plans for: not archived, and its deadline (the whole day) not past. */
export function isActiveGoal(goal: Pick<Goal, 'archived' | 'deadline'>, now: number): boolean {
  return !goal.archived && (goal.deadline === null || dayOf(now) <= dayOf(goal.deadline));
}

/** The people a goal concerns, in the order given. A tag matches ignoring case; deleted people are simply absent. */
export function goalMembers(goal: Pick<Goal, 'who'>, contacts: readonly Summary[]): Summary[] {
  const { who } = goal;
  if (who.kind === 'people') {
    const keys = new Set(who.keys);
    return contacts.filter((contact) => keys.has(contact.key));
  }
  const tag = who.tag.toLocaleLowerCase();
  return contacts.filter((contact) => contact.tags.some((own) => own.toLocaleLowerCase() === tag));
}

/** The days a goal counts now: this week, this month, or creation to deadline (open-ended without one). */
function goalDays(goal: Goal, now: number, weekStartsOn: Weekday): { firstDay: number; lastDay: number } {
  if (goal.per === 'week') return weekOf(now, weekStartsOn);
  if (goal.per === 'month') return monthOf(now);
  const firstDay = dayOf(goal.createdAt);
  return { firstDay, lastDay: goal.deadline === null ? Infinity : Math.max(firstDay, dayOf(goal.deadline)) };
}

/** How many of what the goal measures happened with its members on the days given. */
function countDone(
  goal: Goal,
  members: readonly Summary[],
  timelines: ReadonlyMap<string, readonly Entry[]>,
  days: Pick<Period, 'firstDay' | 'lastDay'>,
): number {
  const within = (time: number) => dayOf(time) >= days.firstDay && dayOf(time) <= days.lastDay;
  if (goal.measure === 'new-people') return members.filter((member) => within(joinedAt(member))).length;
  let done = 0;
  for (const member of members) {
    const timeline = timelines.get(member.key) ?? [];
    if (goal.measure === 'contacts') done += daysWithin(inTouchDays(member, timeline), days);
    else
      done += timeline.filter(
        (entry) => COUNTED_ENTRIES[goal.measure]?.includes(entry.type) && within(entry.at),
      ).length;
  }
  return done;
}

/** Where a goal stands at `now`, in the period that holds it (weeks start on `weekStartsOn`), counting up to that day. */
export function goalProgress(
  goal: Goal,
  contacts: readonly Summary[],
  timelines: ReadonlyMap<string, readonly Entry[]>,
  now: number,
  weekStartsOn: Weekday,
): GoalProgress {
  const days = goalDays(goal, now, weekStartsOn);
  // Up to today: a review of a past month asks how the goal stood at its end.
  const soFar = { firstDay: days.firstDay, lastDay: Math.min(days.lastDay, dayOf(now)) };
  const done = countDone(goal, goalMembers(goal, contacts), timelines, soFar);
  const open = days.lastDay === Infinity;
  const total = days.lastDay - days.firstDay + 1;
  const over = Math.min(Math.max(dayOf(now) - days.firstDay, 0), total);
  return {
    done,
    target: goal.target,
    periodStart: startOfDay(days.firstDay),
    periodEnd: open ? null : startOfDay(days.lastDay + 1),
    onTrack: done >= goal.target || open || done >= Math.floor((goal.target * over) / total),
  };
}
