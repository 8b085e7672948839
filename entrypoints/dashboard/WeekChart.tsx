/**
 * Contacts made in each week of a month, as bars: drawn here as SVG, with no chart library. Each bar has its
 * count written above it and a title; the chart as a whole is one image whose label says every week's count,
 * so that a screen reader hears what the eye sees. A week that has not started has no count yet, not a zero: it
 * is an empty outline, and says so.
 */
import { weekRangeWords, weekStartWords } from '@/components/review-words';
import { t, tPlural } from '@/utils/i18n';
import type { MonthlyReview } from '@/utils/plan/review';

/** Room for each bar and its label, the bars' greatest height, and the lines of text above and below. */
const STEP = 80;
const BAR = 44;
const TALLEST = 120;
const TEXT = 22;

interface Props {
  review: MonthlyReview;
  /** The day it is (utils/time.ts dayOf): weeks that start after it have not started. */
  today: number;
}

export function WeekChart({ review, today }: Props) {
  const { weeks, month } = review;
  const most = Math.max(1, ...weeks.map((week) => week.contacts));
  const height = TEXT + TALLEST + TEXT;
  const bars = weeks.map(({ week, contacts }) => {
    const started = week.firstDay <= today;
    const when = weekRangeWords(week, month);
    return {
      week,
      contacts: started ? contacts : null,
      said: started ? `${when}: ${tPlural('reviewContacts', contacts)}` : t('reviewWeekNotStarted', when),
    };
  });

  return (
    <svg
      class="week-chart"
      role="img"
      aria-label={t('reviewChartLabel', bars.map(({ said }) => said).join('; '))}
      data-testid="review-chart"
      viewBox={`0 0 ${weeks.length * STEP} ${height}`}
      width={weeks.length * STEP}
      height={height}
    >
      {bars.map(({ week, contacts, said }, at) => {
        const middle = at * STEP + STEP / 2;
        const label = (
          <text x={middle} y={height - 6} text-anchor="middle" class="label">
            {weekStartWords(week, month)}
          </text>
        );
        if (contacts === null)
          return (
            <g key={week.id} data-testid="review-bar">
              <rect x={middle - BAR / 2} y={TEXT} width={BAR} height={TALLEST} class="bar-to-come">
                <title>{said}</title>
              </rect>
              {label}
            </g>
          );
        const barHeight = (contacts / most) * TALLEST;
        return (
          <g key={week.id} data-testid="review-bar" data-count={contacts}>
            <rect x={middle - BAR / 2} y={TEXT + TALLEST - barHeight} width={BAR} height={barHeight} class="bar">
              <title>{said}</title>
            </rect>
            <text x={middle} y={TEXT + TALLEST - barHeight - 6} text-anchor="middle">
              {contacts}
            </text>
            {label}
          </g>
        );
      })}
      <line x1={0} x2={weeks.length * STEP} y1={TEXT + TALLEST} y2={TEXT + TALLEST} class="axis" />
    </svg>
  );
}
