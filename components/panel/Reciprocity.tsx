/** Networking is give and take: the balance of help given and received, from the timeline. */
import { helpBalance, type Interaction } from '@/utils/contacts';
import { t, tPlural } from '@/utils/i18n';

export function Reciprocity({ interactions }: { interactions: Interaction[] }) {
  const { gave, received } = helpBalance(interactions);
  return (
    <p class="reciprocity" data-testid="reciprocity" data-gave={gave} data-received={received}>
      {gave + received === 0
        ? t('reciprocityNone')
        : t('reciprocity', tPlural('reciprocityGave', gave), tPlural('reciprocityReceived', received))}
    </p>
  );
}
