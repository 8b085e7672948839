/**
 * "This page shows an id of someone you saved": an id that only the page claims for its person is held by another
 * stored person. The page may have forged it, or the reader taken it from another person's card, so neither who
 * it is nor the join is offered here: the dashboard, out of the page's reach, compares them and lets the user say.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface Props {
  /** How many stored people hold an id the page claims (PersonView's samePageIds). */
  count: number;
  /** Opens the dashboard's comparison; false when it could not (and the panel says why). */
  compare: () => Promise<boolean>;
}

export function ClaimedIdsNotice({ count, compare }: Props) {
  const [opened, setOpened] = useState(false);
  if (count === 0) return null;
  return (
    <div class="notice same-as" role="group" aria-label={t('sameAsTitle')} data-testid="same-page-ids">
      <p>
        <strong>{t('claimedIdsQuestion')}</strong>
      </p>
      <p>{t('claimedIdsWhy')}</p>
      {opened ? (
        <p role="status">{t('claimedIdsOpened')}</p>
      ) : (
        <button type="button" data-testid="same-page-ids-compare" onClick={() => void compare().then(setOpened)}>
          {t('claimedIdsCompare')}
        </button>
      )}
    </div>
  );
}
