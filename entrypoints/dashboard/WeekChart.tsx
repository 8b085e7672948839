/**
 * Contacts made in each week of a month, as bars: drawn here as SVG, with no chart library. Each bar has its
 * count written above it and a title; the chart as a whole is one image whose label says every week's count,
 * so that a screen reader hears what the eye sees.
 */
import { weekRangeWords, weekStartWords } from '@/components/review-words';
import { t, tPlural } from '@/utils/i18n';
import type { MonthlyReview } from '@/utils/plan/review';

/** Room for each bar and its label, the bars' greatest height, and the lines of text above and below. */
const STEP = 80;
const BAR = 44;
const TALLEST = 120;
const TEXT = 22;

export function WeekChart({ review }: { review: MonthlyReview }) {
  const { weeks, month } = review;
  const most = Math.max(1, ...weeks.map((week) => week.contacts));
  const height = TEXT + TALLEST + TEXT;
  const said = weeks.map(
    ({ week, contacts }) => `${weekRangeWords(week, month)}: ${tPlural('reviewContacts', contacts)}`,
  );

  return (
    <svg
      class="week-chart"
      role="img"
      aria-label={t('reviewChartLabel', said.join('; '))}
      data-testid="review-chart"
      viewBox={`0 0 ${weeks.length * STEP} ${height}`}
      width={weeks.length * STEP}
      height={height}
    >
      {weeks.map(({ week, contacts }, at) => {
        const barHeight = (contacts / most) * TALLEST;
        const middle = at * STEP + STEP / 2;
        return (
          <g key={week.id} data-testid="review-bar" data-count={contacts}>
            <rect x={middle - BAR / 2} y={TEXT + TALLEST - barHeight} width={BAR} height={barHeight} class="bar">
              <title>{said[at]}</title>
            </rect>
            <text x={middle} y={TEXT + TALLEST - barHeight - 6} text-anchor="middle">
              {contacts}
            </text>
            <text x={middle} y={height - 6} text-anchor="middle" class="label">
              {weekStartWords(week, month)}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={weeks.length * STEP} y1={TEXT + TALLEST} y2={TEXT + TALLEST} class="axis" />
    </svg>
  );
}
