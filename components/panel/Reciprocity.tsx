/** Networking is give and take: the balance of help given and received, from the timeline. */
import { t, tPlural } from '@/utils/i18n';
import { helpBalance, type Entry } from '@/utils/model/entry';

export function Reciprocity({ entries }: { entries: Entry[] }) {
  const { gave, received } = helpBalance(entries);
  return (
    <p class="reciprocity" data-testid="reciprocity" data-gave={gave} data-received={received}>
      {gave + received === 0
        ? t('reciprocityNone')
        : t('reciprocity', tPlural('reciprocityGave', gave), tPlural('reciprocityReceived', received))}
    </p>
  );
}
