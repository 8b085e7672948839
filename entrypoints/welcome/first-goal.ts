/**
 * The welcome's first goal is one goal, whatever Back and Next do: it keeps one id for as long as the tab lives
 * (a reload too), its form opens with it once saved, and Next changes it rather than adding a second.
 */
import type { GoalInput } from '@/utils/model/records';
import type { Goal } from '@/utils/plan/goals';

const ID_KEY = 'welcome-first-goal';

/** The first goal's id, made on first asking and kept in the tab's sessionStorage. */
export function firstGoalId(): string {
  const kept = sessionStorage.getItem(ID_KEY);
  if (kept) return kept;
  const id = crypto.randomUUID();
  sessionStorage.setItem(ID_KEY, id);
  return id;
}

/** What the step's form holds: a name, why, a tier and contacts a month. */
export interface FirstGoalFields {
  title: string;
  why: string;
  tag: string;
  target: number;
}

/** The form as it opens: the saved goal's (its tier, while it is still one), or a new one's for the first tier. */
export function fieldsOf(saved: Goal | null, tiers: readonly string[]): FirstGoalFields {
  const tag = saved?.who.kind === 'tag' && tiers.includes(saved.who.tag) ? saved.who.tag : (tiers[0] ?? '');
  return { title: saved?.title ?? '', why: saved?.why ?? '', tag, target: saved?.target ?? 2 };
}

/**
 * What Next does: saves a named goal, and moves on from a form left as it opened; but what was typed without a
 * name is not dropped unsaid.
 */
export function nextWith(fields: FirstGoalFields, opened: FirstGoalFields): 'save' | 'move-on' | 'name-missing' {
  if (fields.title.trim()) return 'save';
  const untouched =
    fields.why.trim() === opened.why.trim() && fields.tag === opened.tag && fields.target === opened.target;
  return untouched && opened.title.trim() === '' ? 'move-on' : 'name-missing';
}

/** A new first goal's fields besides the form's: contacts with the tier, counted each month. */
const NEW_FIRST_GOAL: Omit<GoalInput, 'id'> = {
  title: '',
  why: '',
  give: '',
  who: { kind: 'tag', tag: '' },
  measure: 'contacts',
  target: 2,
  per: 'month',
  deadline: null,
  archived: false,
};

/** What the user set of a stored goal. */
function userFields({ id: _id, createdAt: _created, updatedAt: _updated, ...fields }: Goal): Omit<GoalInput, 'id'> {
  return fields;
}

/**
 * The goal Next saves under `id`: the form's fields over the saved goal's others (kept as the dashboard may have
 * changed them since), or over a new goal's.
 */
export function goalInputOf(fields: FirstGoalFields, id: string, saved: Goal | null): GoalInput {
  const others = saved ? userFields(saved) : NEW_FIRST_GOAL;
  return {
    ...others,
    id,
    title: fields.title.trim(),
    why: fields.why.trim(),
    who: { kind: 'tag', tag: fields.tag },
    target: fields.target,
  };
}
