/**
 * The weekly focus: a few people to get in touch with this week, sized by the time the user gives networking
 * (docs/ARCHITECTURE.md, "networking takes time: give it a budget"). Chosen once a week and kept all week, so the list is a
 * plan to work through, not a feed that changes under the user. Pure and deterministic: "now" is an argument,
 * there is no randomness, and ties go by key, so every device and every reload choose alike.
 */
import { dueAtOf, dueStatus, effectiveRhythm, rhythmsLate, urgency, type RhythmSettings } from '../followups';
import { dayOf } from '../time';
import { compareKeys } from './activity';
import { networkGiveTake } from './give-take';
import { goalMembers, goalProgress, isActiveGoal, type Goal } from './goals';
import { driftOf, tierOf, tiersOf } from './tiers';
import { weekdayOf, type Week } from './week';
import type { Entry } from '../model/entry';
import type { Summary } from '../model/summary';

/** The time one person takes, in minutes: a message read and written, or a short call arranged. */
export const MINUTES_PER_PERSON = 10;
/** The focus a new user starts with: few enough to do in a week. */
export const DEFAULT_FOCUS_SIZE = 3;
/** The focus is kept small: a longer list is a backlog, and nobody works through a backlog every week. */
export const MAX_FOCUS_SIZE = 10;

/** How the user sizes the focus: a number of people, or the minutes a week they give networking. */
export type FocusSizing = { kind: 'count'; count: number } | { kind: 'minutes'; minutesPerWeek: number };

/**
 * Why a person is in the focus, as data for the page to put in words:
 * - `overdue`: due `days` days ago, `rhythms` of their rhythm ago (the measure the popup orders by; absent in a
 *   focus saved before it was kept); `due-today`; `due-this-week`: due in `days` days, before the week ends;
 * - `tier`: in the tier tagged `tag` (the most important of theirs);
 * - `goal`: a member of an active goal not yet reached this period;
 * - `owes-help`: they helped the user `times` times more than the user helped them: a chance to give back;
 * - `drifting`: `days` days without contact, more than the rhythm of their tier `tag`.
 */
export type FocusReason =
  | { kind: 'overdue'; days: number; rhythms?: number }
  | { kind: 'due-today' }
  | { kind: 'due-this-week'; days: number }
  | { kind: 'tier'; tag: string }
  | { kind: 'goal'; goalId: string; title: string }
  | { kind: 'owes-help'; times: number }
  | { kind: 'drifting'; tag: string; days: number };

/** One person in the focus, and why. */
export interface FocusItem {
  key: string;
  reasons: FocusReason[];
}

/** Everything the choice reads. */
export interface FocusInput {
  contacts: readonly Summary[];
  timelines: ReadonlyMap<string, readonly Entry[]>;
  goals: readonly Goal[];
  settings: RhythmSettings;
  /** The week to choose for (week.ts, in the user's locale). */
  week: Week;
  /** How many people: focusSize(). */
  size: number;
  now: number;
}

/**
 * What the user did with a person in the focus. `done`: in touch. `snoozed`: put off (the page also snoozes
 * the person's reminder). `skipped`: off this week's list, with no one in their place: the list is meant to be
 * small and to stay the same all week, and a skipped person comes back by the usual rules next week.
 */
export type FocusState = 'open' | 'done' | 'skipped' | 'snoozed';

/** A week's focus as stored: chosen once, then only marked. */
export interface FocusWeek {
  /** The week's id (week.ts): a focus from another week is chosen anew. */
  weekId: string;
  items: (FocusItem & { state: FocusState })[];
}

/**
 * How much each thing weighs in the choice. Being due this week weighs most, so that the focus first keeps the
 * user's own rhythms; the rest order the due people and bring in others the plan cares about.
 */
const WEIGHT = {
  /** Due by the week's end. */
  due: 2,
  /** Per rhythm overdue (followups.ts urgency), negative when due later this week; capped at 2 rhythms. */
  overdue: 1,
  /** Per goal the person is in. */
  goal: 1,
  /** In the most important tier; a tier with twice its rhythm weighs half. */
  tier: 1,
  /** Per time they helped more than they were helped, counted up to 2 times. */
  owesHelp: 0.5,
  /** Per tier rhythm of silence beyond the rhythm itself, capped at 1. */
  drifting: 1,
};

/** How many people the focus holds: the count asked, or the minutes a week at MINUTES_PER_PERSON; 1–10. */
export function focusSize(sizing: FocusSizing): number {
  const wanted = sizing.kind === 'count' ? sizing.count : sizing.minutesPerWeek / MINUTES_PER_PERSON;
  if (!Number.isFinite(wanted)) return DEFAULT_FOCUS_SIZE;
  return Math.min(MAX_FOCUS_SIZE, Math.max(1, Math.floor(wanted)));
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The people to get in touch with this week, the first the most pressing. Candidates are the people due by the
 * week's end, those drifting away from their tier, and the members of active goals not yet reached who have
 * not been in touch this week; anyone snoozed past the week is left out. They are ranked by how overdue they are
 * relative to their rhythm, the goals they serve, their tier, help they gave and drift (WEIGHT), then by key.
 */
export function chooseWeeklyFocus(input: FocusInput): FocusItem[] {
  const { contacts, timelines, settings, week, now } = input;
  const goalsOf = goalsByMember(input);
  const owed = new Map(networkGiveTake(contacts, timelines).owedHelp.map(({ key, times }) => [key, times]));
  const shortestTier = tiersOf(settings)[0]?.cadenceDays;

  const ranked: (FocusItem & { score: number })[] = [];
  for (const contact of contacts) {
    if (contact.snoozedUntil !== null && dayOf(contact.snoozedUntil) > week.lastDay) continue;
    const dueAt = dueAtOf(contact, settings);
    const dueThisWeek = dueAt !== null && dueAt < week.endsAt ? dueAt : null;
    const drift = driftOf(contact, settings, now);
    const goals = contact.lastContactAt !== null && contact.lastContactAt >= week.startsAt ? [] : goalsOf(contact);
    if (dueThisWeek === null && !drift && goals.length === 0) continue;

    const reasons: FocusReason[] = [];
    let score = 0;
    if (dueThisWeek !== null) {
      const rhythm = effectiveRhythm(contact, settings).days;
      reasons.push(dueReason(dueThisWeek, rhythm, now));
      score += WEIGHT.due + WEIGHT.overdue * clamp(urgency(dueThisWeek, rhythm, now), -1, 2);
    }
    const tier = tierOf(contact, settings);
    if (drift && tier) {
      reasons.push({ kind: 'drifting', ...drift });
      score += WEIGHT.drifting * Math.min(drift.days / tier.cadenceDays - 1, 1);
    }
    for (const goal of goals) reasons.push({ kind: 'goal', goalId: goal.id, title: goal.title });
    score += WEIGHT.goal * goals.length;
    const times = owed.get(contact.key);
    if (times) {
      reasons.push({ kind: 'owes-help', times });
      score += WEIGHT.owesHelp * Math.min(times, 2);
    }
    if (tier && shortestTier) {
      reasons.push({ kind: 'tier', tag: tier.tag });
      score += (WEIGHT.tier * shortestTier) / tier.cadenceDays;
    }
    ranked.push({ key: contact.key, reasons, score });
  }
  ranked.sort((a, b) => b.score - a.score || compareKeys(a.key, b.key));
  return ranked.slice(0, input.size).map(({ key, reasons }) => ({ key, reasons }));
}

const DUE_KINDS: readonly FocusReason['kind'][] = ['overdue', 'due-today', 'due-this-week'];

/**
 * A person's reasons with how they are due as of now, the rest as chosen: the list stays the same all week,
 * but "2 months overdue" is what is true today (a rhythm changed, a day passed), and someone no longer due by
 * the week's end says nothing of it.
 */
export function withDueAsOfNow(
  reasons: readonly FocusReason[],
  { dueAt, rhythmDays }: { dueAt: number | null; rhythmDays: number | null },
  week: Pick<Week, 'endsAt'>,
  now: number,
): FocusReason[] {
  const others = reasons.filter((reason) => !DUE_KINDS.includes(reason.kind));
  return dueAt !== null && dueAt < week.endsAt ? [dueReason(dueAt, rhythmDays, now), ...others] : others;
}

/** Why a person due by the week's end is: overdue (by how many of their rhythms), due today, or later this week. */
function dueReason(dueAt: number, rhythmDays: number | null, now: number): FocusReason {
  const status = dueStatus(dueAt, now);
  if (status.kind === 'overdue') return { ...status, rhythms: rhythmsLate(status.days, rhythmDays) };
  if (status.kind === 'upcoming') return { kind: 'due-this-week', days: status.days };
  return { kind: 'due-today' };
}

/**
 * The active goals behind each person, by id: those that count touching people (not `new-people`) and are not
 * reached yet in their period.
 */
function goalsByMember(input: FocusInput): (contact: Summary) => Goal[] {
  const { contacts, timelines, now, week } = input;
  const byKey = new Map<string, Goal[]>();
  const open = input.goals.filter(
    (goal) =>
      isActiveGoal(goal, now) &&
      goal.measure !== 'new-people' &&
      goalProgress(goal, contacts, timelines, now, weekdayOf(week.firstDay)).done < goal.target,
  );
  for (const goal of open.sort((a, b) => compareKeys(a.id, b.id))) {
    for (const member of goalMembers(goal, contacts)) byKey.set(member.key, [...(byKey.get(member.key) ?? []), goal]);
  }
  return (contact) => byKey.get(contact.key) ?? [];
}

/**
 * This week's focus: the saved one while it is this week's (less anyone no longer stored), else a new choice
 * with everyone open. So the list stays the same all week, whatever is marked or logged meanwhile. A saved
 * focus that was chosen short (too few people were due: a new user, before importing their network) is topped
 * up at the end with the next choices; no one in it is ever replaced or moved.
 */
export function focusForWeek(saved: FocusWeek | null, input: FocusInput): FocusWeek {
  if (saved?.weekId !== input.week.id) {
    const items = chooseWeeklyFocus(input).map((item) => ({ ...item, state: 'open' as const }));
    return { weekId: input.week.id, items };
  }
  const present = new Set(input.contacts.map((contact) => contact.key));
  const kept = saved.items.filter((item) => present.has(item.key));
  const room = input.size - saved.items.length;
  const inFocus = new Set(saved.items.map((item) => item.key));
  const added =
    room > 0
      ? chooseWeeklyFocus({ ...input, size: input.size + saved.items.length })
          .filter((item) => !inFocus.has(item.key))
          .slice(0, room)
          .map((item) => ({ ...item, state: 'open' as const }))
      : [];
  return kept.length === saved.items.length && added.length === 0 ? saved : { ...saved, items: [...kept, ...added] };
}

/**
 * The focus as the week has gone: a person still open who has been in touch since the week began (a message
 * logged after Write, Done in the due list, a meeting in the panel) is done, however it was recorded. Worked
 * out as it is shown, not stored, so that deleting that entry opens them again.
 */
export function withContactsThisWeek(
  focus: FocusWeek,
  lastContactAt: (key: string) => number | null,
  week: Pick<Week, 'startsAt'>,
): FocusWeek {
  const inTouch = (key: string) => (lastContactAt(key) ?? -Infinity) >= week.startsAt;
  if (!focus.items.some((item) => item.state === 'open' && inTouch(item.key))) return focus;
  return {
    ...focus,
    items: focus.items.map((item) => (item.state === 'open' && inTouch(item.key) ? { ...item, state: 'done' } : item)),
  };
}

/** The focus with one person marked; the same focus when they are not in it. */
export function markFocus(focus: FocusWeek, key: string, state: FocusState): FocusWeek {
  if (!focus.items.some((item) => item.key === key)) return focus;
  return { ...focus, items: focus.items.map((item) => (item.key === key ? { ...item, state } : item)) };
}
