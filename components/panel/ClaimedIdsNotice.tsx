/**
 * "This page shows an id of someone you saved": an id that only the page claims for its person is held by another
 * stored person. The page may have forged it, or the reader taken it from another person's card, so neither who
 * it is nor the join is offered here: the dashboard, out of the page's reach, opens in a tab of its own to compare
 * them and let the user say.
 */
import { t } from '@/utils/i18n';
import { QuestionCard } from './QuestionCard';

interface Props {
  /** How many stored people hold an id the page claims (PersonView's samePageIds). */
  count: number;
  /** Opens the dashboard's comparison (the panel says why if it could not). */
  compare: () => void;
}

export function ClaimedIdsNotice({ count, compare }: Props) {
  if (count === 0) return null;
  return (
    <QuestionCard testId="same-page-ids" question={t('claimedIdsQuestion')} why={t('claimedIdsWhy')}>
      <button type="button" data-testid="same-page-ids-compare" onClick={compare}>
        {t('claimedIdsCompare')}
      </button>
    </QuestionCard>
  );
}
