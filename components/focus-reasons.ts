/**
 * The weekly focus as the popup shows it: why each person is in it, in words ("2 months overdue (2× their
 * rhythm) · mentors", "helped you twice"), in what order, and how the week stands. The focus gives its reasons
 * as data (utils/plan/focus.ts); each page words them in the user's language.
 */
import type { FocusReason, FocusState } from '@/utils/plan/focus';
import { rhythmsLateText } from './due-text';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { DAY_MS, relativeDay } from '@/utils/time';

/**
 * A span of days as people say it, in the units the due list's "2 months ago" uses (utils/time.ts
 * relativeDay), so that one person is not "7 weeks" late here and "2 months" there.
 */
export function durationWords(days: number, locale = uiLocale()): string {
  const [count, unit] =
    days < 7
      ? [days, 'day']
      : days < 30
        ? [Math.round(days / 7), 'week']
        : days < 365
          ? [Math.round(days / 30.44), 'month']
          : [Math.round(days / 365.25), 'year'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

export function reasonWords(reason: FocusReason, now: number): string {
  switch (reason.kind) {
    case 'overdue': {
      const late = t('focusOverdue', durationWords(reason.days));
      return reason.rhythms === undefined ? late : `${late} (${rhythmsLateText(reason.rhythms)})`;
    }
    case 'due-today':
      return t('dueToday');
    case 'due-this-week':
      return t('dueUpcoming', relativeDay(now + reason.days * DAY_MS, now, uiLocale()));
    case 'tier':
      return t('focusTier', reason.tag);
    case 'goal':
      return t('focusGoal', reason.title);
    case 'owes-help':
      return tPlural('focusHelpedYou', reason.times);
    case 'drifting':
      return t('focusDrifting', durationWords(reason.days));
  }
}

/**
 * Every reason of a person, one line. Drifting away says the same as overdue in other words: beside it, it is
 * left out.
 */
export function reasonsLine(reasons: readonly FocusReason[], now: number): string {
  const overdue = reasons.some((reason) => reason.kind === 'overdue');
  return reasons
    .filter((reason) => !(overdue && reason.kind === 'drifting'))
    .map((reason) => reasonWords(reason, now))
    .join(' · ');
}

/**
 * How the week's focus stands: how many are done while anyone is open; done, once everyone was reached; and
 * once no one is left but some were skipped or put off, how many were reached, without praise for a week put off.
 */
export function focusProgressText(states: readonly FocusState[]): string {
  const done = states.filter((state) => state === 'done').length;
  const [reached, all] = [String(done), String(states.length)];
  if (states.includes('open')) return t('focusProgress', reached, all);
  return done === states.length ? t('focusAllDone') : t('focusNoneLeft', reached, all, String(states.length - done));
}

/** How late for their rhythm a focus person is, by their overdue reason; 0 for anyone not overdue. */
function rhythmsLate(reasons: readonly FocusReason[]): number {
  const overdue = reasons.find((reason) => reason.kind === 'overdue');
  return overdue?.kind === 'overdue' ? (overdue.rhythms ?? 0) : 0;
}

/**
 * The focus's people in the order the popup's due list uses: the most overdue for their rhythm first, then the
 * rest as the week chose them (a stable sort). The week chooses by more than lateness (tiers, goals, help), but
 * shown beside "5× their rhythm" words, any other order would read as a mistake.
 */
export function mostLateFirst<T extends { reasons: readonly FocusReason[] }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => rhythmsLate(b.reasons) - rhythmsLate(a.reasons));
}
