/**
 * Why a person is in the weekly focus, in words: "2 months overdue · mentors", "helped you twice". The focus
 * gives its reasons as data (utils/plan/focus.ts); each page words them in the user's language.
 */
import type { FocusReason } from '@/utils/plan/focus';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { relativeDay } from '@/utils/time';
import { DAY_MS } from '@/utils/time';

/** A span of days as people say it: days up to two weeks, then weeks up to two months, then months. */
export function durationWords(days: number, locale = uiLocale()): string {
  const [count, unit] =
    days < 14 ? [days, 'day'] : days < 60 ? [Math.round(days / 7), 'week'] : [Math.round(days / 30), 'month'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

export function reasonWords(reason: FocusReason, now: number): string {
  switch (reason.kind) {
    case 'overdue':
      return t('focusOverdue', durationWords(reason.days));
    case 'due-today':
      return t('dueToday');
    case 'due-this-week':
      return t('dueUpcoming', relativeDay(now + reason.days * DAY_MS, now, uiLocale()));
    case 'tier':
      return reason.tag;
    case 'goal':
      return reason.title;
    case 'owes-help':
      return tPlural('focusHelpedYou', reason.times);
    case 'drifting':
      return t('focusDrifting', durationWords(reason.days));
  }
}

/** Every reason of a person, one line. */
export function reasonsLine(reasons: readonly FocusReason[], now: number): string {
  return reasons.map((reason) => reasonWords(reason, now)).join(' · ');
}
