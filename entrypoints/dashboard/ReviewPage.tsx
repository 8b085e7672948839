/**
 * The monthly review (docs/ARCHITECTURE.md: "review it regularly"): contacts made week by week, who joined, how each goal
 * stood at the month's end, who is drifting away in each tier, and the time spent against the budget. Any past
 * month, one at a time; the current one so far (and in place of any month still to come).
 */
import { useMemo } from 'preact/hooks';
import { monthWords } from '@/components/review-words';
import { minutesPerWeekOf } from '@/components/time-budget';
import { listGoals } from '@/utils/db/goals-store';
import { t } from '@/utils/i18n';
import { monthlyReview } from '@/utils/plan/review';
import { firstDayOfWeek, monthOf } from '@/utils/plan/week';
import type { Settings } from '@/utils/settings';
import { dayOf } from '@/utils/time';
import { db } from './database';
import { monthIdAfter, reviewedTime, timeInMonth } from './review-month';
import { ReviewSections } from './ReviewSections';
import { hrefOf } from './route';
import { readTimelines } from '@/utils/db/people/read';
import { useLiveQuery } from './use-live-query';
import type { Summary } from '@/utils/model/summary';

interface Props {
  /** The month's id (`2026-11`), or null for this month. */
  month: string | null;
  contacts: Summary[];
  settings: Settings;
}

export function ReviewPage({ month, contacts, settings }: Props) {
  const goals = useLiveQuery(() => listGoals(db), []);
  const timelines = useLiveQuery(() => readTimelines(db), []);
  const now = Date.now();
  const shown = reviewedTime(month, now);
  const byKey = useMemo(() => new Map(contacts.map((contact) => [contact.key, contact])), [contacts]);
  const current = monthOf(shown);
  // No review of a month that has not begun: there is nothing in it yet.
  const hasNext = monthOf(now).firstDay > current.lastDay;
  const link = (by: number) => {
    const id = monthIdAfter(shown, by);
    return { href: hrefOf({ page: 'review', month: id }), name: monthWords(monthOf(timeInMonth(id))) };
  };
  const [previous, next] = [link(-1), link(1)];

  return (
    <section aria-labelledby="review-title" class="review-page" data-testid="review-page">
      <a href="#plan">{t('reviewBack')}</a>
      <h2 id="review-title">{t('reviewTitle', monthWords(current))}</h2>
      <nav aria-label={t('reviewMonths')} class="row">
        <a href={previous.href} data-testid="review-previous">
          {t('reviewPrevious', previous.name)}
        </a>
        {hasNext && (
          <a href={next.href} data-testid="review-next">
            {t('reviewNext', next.name)}
          </a>
        )}
      </nav>
      {goals.state === 'failed' || timelines.state === 'failed' ? (
        <p class="error" role="alert">
          {t('errorLoad')}
        </p>
      ) : goals.state === 'ready' && timelines.state === 'ready' ? (
        <ReviewSections
          review={monthlyReview({
            contacts,
            timelines: timelines.value,
            goals: goals.value,
            settings,
            month: shown,
            now,
            // Weeks start as the browser's locale starts them, as in the popup's weekly focus.
            weekStartsOn: firstDayOfWeek(navigator.language),
            minutesPerWeek: minutesPerWeekOf(settings.focusSize),
          })}
          byKey={byKey}
          settings={settings}
          today={dayOf(now)}
        />
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}
