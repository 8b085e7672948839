/** Everyone: search as you type, filters by tag and status, three orders, and a list that stays fast at 10,000. */
import { useMemo, useState } from 'preact/hooks';
import { listContacts } from '@/utils/contact-list';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { search } from '@/utils/search';
import type { Settings } from '@/utils/settings';
import { ContactRow } from './ContactRow';
import { ContactsToolbar, type ListChoice } from './ContactsToolbar';
import { searchIndexOf } from './search-index';
import { VirtualList } from './VirtualList';
import type { Summary } from '@/utils/model/summary';

const ROW_HEIGHT = 64;

interface Props {
  contacts: Summary[];
  settings: Settings;
}

export function ContactsPage({ contacts, settings }: Props) {
  const [choice, setChoice] = useState<ListChoice>({ query: '', tag: null, status: 'all', sort: 'name' });
  const { query, tag, status, sort } = choice;
  const locale = uiLocale();
  const now = Date.now();
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const numbers = new Intl.NumberFormat(locale);

  // The index is built once per change of the data; each keystroke is a lookup in it.
  const index = searchIndexOf(contacts);
  const tags = useMemo(
    () => [...new Set(contacts.flatMap((contact) => contact.tags))].sort(collator.compare),
    [contacts, collator],
  );
  const found = useMemo(() => search(index, query), [index, query]);
  const shown = useMemo(
    () => listContacts(contacts, { found, tag, status, sort }, now, collator),
    // `now` moves every render; the list is worked out again when what it shows changes.
    [contacts, found, tag, status, sort, collator],
  );

  if (contacts.length === 0) {
    return (
      <section class="empty-state">
        <h2>{t('dashboardContacts')}</h2>
        <p>{t('contactsEmpty')}</p>
        <p>
          <a href="#backup">{t('contactsEmptyImport')}</a>
        </p>
      </section>
    );
  }

  return (
    <section class="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title" class="visually-hidden">
        {t('dashboardContacts')}
      </h2>
      <ContactsToolbar
        choice={choice}
        tags={tags}
        onChange={(change) => setChoice((previous) => ({ ...previous, ...change }))}
      />
      <p class="muted" role="status" data-testid="contact-count">
        {tPlural('contactsShown', contacts.length, numbers.format(shown.length))}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{t('contactsNoMatch')}</p>
      ) : (
        <VirtualList
          items={shown}
          keyOf={(contact) => contact.key}
          rowHeight={ROW_HEIGHT}
          label={t('dashboardContacts')}
          resetKey={JSON.stringify([query, tag, status, sort])}
          renderRow={(contact) => <ContactRow contact={contact} settings={settings} now={now} />}
        />
      )}
    </section>
  );
}
