/** When the person was last in touch: relative time (exact date on hover), "contacted today", a date field. */
import type { Contact } from '@/utils/contacts';
import { t, uiLocale } from '@/utils/i18n';
import { fromDateInput, longDate, relativeDay, toDateInput } from '@/utils/time';
import type { Mutate } from './useContactView';

export function LastContact({ contact, mutate }: { contact: Contact | null; mutate: Mutate }) {
  const last = contact?.lastContactAt ?? null;
  const now = Date.now();
  const locale = uiLocale();
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
        <button
          type="button"
          data-testid="contacted-today"
          onClick={() => void mutate('contact.update', { patch: { contactedAt: Date.now() } })}
        >
          {t('contactedToday')}
        </button>
        <input
          type="date"
          data-testid="last-contact"
          aria-label={t('lastContactDate')}
          value={last === null ? '' : toDateInput(last)}
          max={toDateInput(now)}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            void mutate('contact.update', { patch: { contactedAt: fromDateInput(value) } });
          }}
        />
      </div>
    </section>
  );
}
