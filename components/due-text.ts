/**
 * Where a person stands, in words ("Due today", "Overdue: was due 3 days ago", "Due in 2 weeks") and in a class
 * that colours it, so that overdue looks different from due today, and never by colour alone.
 */
import { dueStatus } from '@/utils/followups';
import { t, uiLocale } from '@/utils/i18n';
import { relativeDay } from '@/utils/time';

export function dueText(dueAt: number | null, now: number): string {
  const status = dueStatus(dueAt, now);
  if (status.kind === 'none') return t('dueNone');
  if (status.kind === 'today') return t('dueToday');
  const when = relativeDay(dueAt!, now, uiLocale());
  return status.kind === 'overdue' ? t('dueOverdue', when) : t('dueUpcoming', when);
}

/** `due due-overdue`, `due due-today`, `due due-upcoming` or `due due-none`: each page's CSS colours them. */
export function dueClass(dueAt: number | null, now: number): string {
  return `due due-${dueStatus(dueAt, now).kind}`;
}
