/**
 * Where a person stands, in words ("Due today", "Overdue: was due 3 days ago", "Due in 2 weeks") and in a class
 * that colours it, so that overdue looks different from due today, and never by colour alone.
 */
import { dueStatus, rhythmsLate } from '@/utils/followups';
import { t, uiLocale } from '@/utils/i18n';
import { relativeDay } from '@/utils/time';

export function dueText(dueAt: number | null, now: number): string {
  const status = dueStatus(dueAt, now);
  if (status.kind === 'none') return t('dueNone');
  if (status.kind === 'today') return t('dueToday');
  const when = relativeDay(dueAt!, now, uiLocale());
  return status.kind === 'overdue' ? t('dueOverdue', when) : t('dueUpcoming', when);
}

/**
 * How late for their rhythm someone is ("5× their rhythm"): the measure the popup's lists order by, so that a
 * monthly contact 5 months late above a yearly one 9 months late reads as meant, not as a mistake.
 */
export function rhythmsLateText(rhythms: number): string {
  const shown = Math.max(rhythms, 0.1);
  const digits = shown < 10 ? 1 : 0;
  return t('dueRhythmsLate', new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: digits }).format(shown));
}

/** The same for a follow-up, from its rhythm (null: an explicit follow-up); null when it is not overdue. */
export function lateForRhythmText(dueAt: number, rhythmDays: number | null, now: number): string | null {
  const status = dueStatus(dueAt, now);
  return status.kind === 'overdue' ? rhythmsLateText(rhythmsLate(status.days, rhythmDays)) : null;
}

/** `due due-overdue`, `due due-today`, `due due-upcoming` or `due due-none`: each page's CSS colours them. */
export function dueClass(dueAt: number | null, now: number): string {
  return `due due-${dueStatus(dueAt, now).kind}`;
}
