/** When the person was last in touch: relative time (exact date on hover), "contacted today", a date field. */
import { t, uiLocale } from '@/utils/i18n';
import { dayOf, longDate, noonOfDay, relativeDay } from '@/utils/time';
import { DateField } from '../DateField';
import type { Mutate } from './use-person-view';
import type { Summary } from '@/utils/model/summary';

export function LastContact({ contact, mutate }: { contact: Summary | null; mutate: Mutate }) {
  const last = contact?.lastContactAt ?? null;
  const now = Date.now();
  const locale = uiLocale();
  const setContactedAt = (contactedAt: number | null) => void mutate('person.update', { patch: { contactedAt } });
  return (
    <section class="last-contact" aria-labelledby="last-contact-heading">
      <h3 id="last-contact-heading">{t('lastContact')}</h3>
      <p class="last-contact-when">
        {last === null ? (
          <span data-testid="last-contact-relative">{t('lastContactNever')}</span>
        ) : (
          <time
            data-testid="last-contact-relative"
            dateTime={new Date(last).toISOString()}
            title={longDate(last, locale)}
          >
            {relativeDay(last, now, locale)}
          </time>
        )}
      </p>
      <div class="row">
        <button type="button" data-testid="contacted-today" onClick={() => setContactedAt(Date.now())}>
          {t('contactedToday')}
        </button>
        <DateField
          testId="last-contact"
          label={t('lastContactDate')}
          bound="not-future"
          day={last === null ? null : dayOf(last)}
          onCommit={(day) => setContactedAt(noonOfDay(day))}
          // Only a date set here can be cleared here: a last contact from a logged meeting stays.
          onClear={contact?.contactedAt != null ? () => setContactedAt(null) : undefined}
        />
      </div>
    </section>
  );
}
