/** What the monthly review found, in words, a chart and links: one section for each question it answers. */
import { targetWords } from '@/components/goal-words';
import { minutesWords } from '@/components/time-budget';
import { t, tPlural } from '@/utils/i18n';
import { MINUTES_PER_PERSON } from '@/utils/plan/focus';
import type { MonthlyReview } from '@/utils/plan/review';
import type { Settings } from '@/utils/settings';
import { GoalStanding } from './GoalStanding';
import { NameLinks } from './NameLinks';
import { TagChip } from './TagChip';
import { WeekChart } from './WeekChart';
import type { Summary } from '@/utils/model/summary';

interface Props {
  review: MonthlyReview;
  byKey: ReadonlyMap<string, Summary>;
  settings: Settings;
  /** The day it is (utils/time.ts dayOf): the chart draws the weeks after it without a count. */
  today: number;
}

export function ReviewSections({ review, byKey, settings, today }: Props) {
  const { time } = review;
  return (
    <>
      <section aria-labelledby="review-contacts">
        <h3 id="review-contacts">{t('reviewContactsTitle')}</h3>
        <p data-testid="review-contacts-made">{tPlural('reviewContactsMade', review.contactsMade)}</p>
        <WeekChart review={review} today={today} />
      </section>
      <section aria-labelledby="review-new">
        <h3 id="review-new">{t('reviewNewPeople')}</h3>
        {review.newPeople.length === 0 ? (
          <p class="muted">{t('reviewNoNewPeople')}</p>
        ) : (
          <NameLinks keys={review.newPeople} names={byKey} shown={20} />
        )}
      </section>
      <section aria-labelledby="review-goals">
        <h3 id="review-goals">{t('reviewGoals')}</h3>
        {review.goals.length === 0 && <p class="muted">{t('reviewNoGoals')}</p>}
        <ul class="goals">
          {review.goals.map(({ goal, progress }) => (
            <li key={goal.id} class="goal" data-testid="review-goal" data-done={progress.done}>
              <strong>{goal.title}</strong> · {targetWords(goal, progress.periodStart)}
              <GoalStanding progress={progress} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="review-drifting">
        <h3 id="review-drifting">{t('reviewDrifting')}</h3>
        {review.drifting.length === 0 && <p class="muted">{t('reviewNoneDrifting')}</p>}
        {review.drifting.map(({ tag, keys, total }) => (
          <div key={tag} class="drifting" data-testid="review-drifting">
            <TagChip tag={tag} settings={settings} />
            <NameLinks keys={keys} names={byKey} total={total} />
          </div>
        ))}
      </section>
      <section aria-labelledby="review-time">
        <h3 id="review-time">{t('reviewTime')}</h3>
        <p data-testid="review-time">
          {t(
            'reviewTimeUsed',
            minutesWords(time.usedMinutes),
            minutesWords(time.budgetMinutes!), // ReviewPage always gives the weekly budget
            minutesWords(MINUTES_PER_PERSON),
          )}
        </p>
      </section>
    </>
  );
}
