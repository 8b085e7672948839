/** The person's entries, newest first; each logged one editable and deletable in place. */
import { t } from '@/utils/i18n';
import { TimelineItem } from './TimelineItem';
import type { Mutate } from './use-person-view';
import type { Entry } from '@/utils/model/entry';

export function Timeline({ items, name, mutate }: { items: Entry[]; name: string; mutate: Mutate }) {
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timeline')}</h3>
      {items.length === 0 ? (
        <p class="empty">{name ? t('timelineEmpty', name) : t('timelineEmptyAnonymous')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <TimelineItem key={item.id} item={item} mutate={mutate} />
          ))}
        </ol>
      )}
    </section>
  );
}
