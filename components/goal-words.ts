/**
 * A goal in words, in the user's language: its target with its period ("2 meetings a month", "5 new people by
 * March 31"), whom it concerns, and how it stands ("1 of 2", "behind"). The plan keeps goals as data
 * (utils/plan/goals.ts); the dashboard's Plan and review pages word them alike through these.
 */
import { t, tPlural, uiLocale, type MessageKey } from '@/utils/i18n';
import type { Goal, GoalMeasure, GoalProgress } from '@/utils/plan/goals';

/** "2 meetings a month": `period` is the period's words. Spelled out, so that each message's use can be found. */
function countedTarget(measure: GoalMeasure, count: number, period: string): string {
  switch (measure) {
    case 'contacts':
      return tPlural('goalTargetContacts', count, period);
    case 'new-people':
      return tPlural('goalTargetNewPeople', count, period);
    case 'meetings':
      return tPlural('goalTargetMeetings', count, period);
    case 'gave-help':
      return tPlural('goalTargetGaveHelp', count, period);
    case 'received-help':
      return tPlural('goalTargetReceivedHelp', count, period);
  }
}

/** The day a goal ends by, as people write it: "March 31", with the year only when it is not this year's. */
function deadlineWords(deadline: number, now: number, locale: string): string {
  const sameYear = new Date(deadline).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
  }).format(deadline);
}

/** "a month", "by March 31"; nothing for a goal with neither period nor deadline. */
function periodWords(goal: Pick<Goal, 'per' | 'deadline'>, now: number, locale: string): string {
  if (goal.per === 'week') return t('goalPerWeek');
  if (goal.per === 'month') return t('goalPerMonth');
  return goal.deadline === null ? '' : t('goalByDate', deadlineWords(goal.deadline, now, locale));
}

/** The target and its period: "2 meetings a month", "5 new people by March 31". */
export function targetWords(
  goal: Pick<Goal, 'measure' | 'target' | 'per' | 'deadline'>,
  now: number,
  locale = uiLocale(),
): string {
  return countedTarget(goal.measure, goal.target, periodWords(goal, now, locale)).trim();
}

/** How many chosen people a goal names before it counts the rest: "Aino, Liisa and 3 more". */
const NAMED_PEOPLE = 3;

/**
 * Whom the goal concerns: "everyone tagged mentors", or the chosen people by name, "Aino Virtanen, Liisa Mäkelä
 * and 3 more". `nameOf` gives a person's name (their key when they are not known).
 */
export function whoWords(goal: Pick<Goal, 'who'>, nameOf: (key: string) => string, locale = uiLocale()): string {
  if (goal.who.kind === 'tag') return t('goalWhoTag', goal.who.tag);
  const names = goal.who.keys.map(nameOf);
  if (names.length <= NAMED_PEOPLE) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  const named = names.slice(0, NAMED_PEOPLE - 1);
  return `${named.join(', ')} ${tPlural('andMore', names.length - named.length)}`;
}

/** How a goal stands: reached, keeping pace with its target, or behind it; or put away, when pace no longer matters. */
export type Standing = 'reached' | 'on-track' | 'behind' | 'archived';

export function standingOf(progress: Pick<GoalProgress, 'done' | 'target' | 'onTrack'>, archived = false): Standing {
  if (archived) return 'archived';
  if (progress.done >= progress.target) return 'reached';
  return progress.onTrack ? 'on-track' : 'behind';
}

export const STANDING_WORDS: Record<Standing, MessageKey> = {
  reached: 'goalReached',
  'on-track': 'goalOnTrack',
  behind: 'goalBehind',
  archived: 'goalArchived',
};

/** "1 of 2", numbers as the language writes them. */
export function doneWords(progress: Pick<GoalProgress, 'done' | 'target'>, locale = uiLocale()): string {
  const number = new Intl.NumberFormat(locale);
  return t('goalDoneOf', number.format(progress.done), number.format(progress.target));
}
