/**
 * A goal as its form holds it (text as typed, the period as one choice), and the goal it saves: the form's
 * rules in one place, pure, so that they are tested without a browser.
 */
import type { MessageKey } from '@/utils/i18n';
import type { GoalInput } from '@/utils/model/records';
import type { Goal, GoalMeasure } from '@/utils/plan/goals';
import { dayOf, noonOfDay } from '@/utils/time';

export interface GoalDraft {
  title: string;
  why: string;
  give: string;
  whoKind: 'tag' | 'people';
  tag: string;
  keys: string[];
  measure: GoalMeasure;
  /** As typed: checked on save. */
  target: string;
  /** Each week, each month, or once, by the deadline. */
  period: 'week' | 'month' | 'deadline';
  /** The deadline's local day (utils/time.ts dayOf), when the period is one. */
  deadlineDay: number | null;
}

/** What a new goal's form starts with: a modest monthly target, the commonest kind of goal. */
export const NEW_GOAL: GoalDraft = {
  title: '',
  why: '',
  give: '',
  whoKind: 'tag',
  tag: '',
  keys: [],
  measure: 'contacts',
  target: '2',
  period: 'month',
  deadlineDay: null,
};

/** The form of a stored goal. */
export function draftOf(goal: Goal): GoalDraft {
  return {
    title: goal.title,
    why: goal.why,
    give: goal.give,
    whoKind: goal.who.kind,
    tag: goal.who.kind === 'tag' ? goal.who.tag : '',
    keys: goal.who.kind === 'people' ? goal.who.keys : [],
    measure: goal.measure,
    target: String(goal.target),
    period: goal.per ?? 'deadline',
    deadlineDay: goal.deadline === null ? null : dayOf(goal.deadline),
  };
}

/** The goal a draft saves, or the first thing it lacks (a message for the form). */
export function goalOf(draft: GoalDraft, id: string, archived: boolean): { goal: GoalInput } | { problem: MessageKey } {
  const title = draft.title.trim();
  const tag = draft.tag.trim();
  const target = Number(draft.target);
  if (!title) return { problem: 'goalTitleMissing' };
  if (draft.whoKind === 'tag' && !tag) return { problem: 'goalTagMissing' };
  if (draft.whoKind === 'people' && draft.keys.length === 0) return { problem: 'goalPeopleMissing' };
  if (!Number.isInteger(target) || target < 1 || target > 1000) return { problem: 'goalTargetInvalid' };
  if (draft.period === 'deadline' && draft.deadlineDay === null) return { problem: 'goalDeadlineMissing' };
  return {
    goal: {
      id,
      title,
      why: draft.why.trim(),
      give: draft.give.trim(),
      who: draft.whoKind === 'tag' ? { kind: 'tag', tag } : { kind: 'people', keys: draft.keys },
      measure: draft.measure,
      target,
      per: draft.period === 'deadline' ? null : draft.period,
      // The date field's day, at local noon as every stored day is.
      deadline: draft.period === 'deadline' && draft.deadlineDay !== null ? noonOfDay(draft.deadlineDay) : null,
      archived,
    },
  };
}

/** Whether two drafts hold the same goal: a form whose draft is still its first has nothing to lose. */
export function sameDraft(a: GoalDraft, b: GoalDraft): boolean {
  return (Object.keys(a) as (keyof GoalDraft)[]).every((field) =>
    field === 'keys' ? a.keys.join('\n') === b.keys.join('\n') : a[field] === b[field],
  );
}
