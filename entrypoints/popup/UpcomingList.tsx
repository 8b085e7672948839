/** The coming week's follow-ups: each name opens the person's profile in a tab, with when they are due. */
import { browser } from 'wxt/browser';
import type { FollowUp } from '@/utils/followups';
import { t, uiLocale } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { relativeDay } from '@/utils/time';

export function UpcomingList({ items, now }: { items: FollowUp[]; now: number }) {
  const locale = uiLocale();
  return (
    <section>
      <h2>{t('popupUpcomingTitle')}</h2>
      <ul class="upcoming">
        {items.map((item) => (
          <li key={item.key} data-testid="upcoming-item">
            <button
              type="button"
              class="name"
              onClick={() => void browser.tabs.create({ url: profileUrlOf(item.key) })}
            >
              {item.name || item.key}
            </button>{' '}
            <span class="meta">{relativeDay(item.dueAt, now, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
