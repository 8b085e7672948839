/** Everyone: search as you type, filters by tag and status, three orders, and a list that stays fast at 10,000. */
import { useMemo, useState } from 'preact/hooks';
import { dueClass, dueText } from '@/components/due-text';
import { listContacts, type SortOrder, type StatusFilter } from '@/utils/contact-list';
import type { Contact } from '@/utils/contacts';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { search } from '@/utils/search';
import type { Settings } from '@/utils/settings';
import { relativeDay } from '@/utils/time';
import { hrefOf } from './route';
import { searchIndexOf } from './search-index';
import { TagChip } from './TagChip';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 64;

interface Props {
  contacts: Contact[];
  settings: Settings;
}

export function ContactsPage({ contacts, settings }: Props) {
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<SortOrder>('name');
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
      <div class="toolbar">
        <input
          type="search"
          class="search"
          data-testid="search-input"
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <label>
          <span class="visually-hidden">{t('filterTag')}</span>
          <select
            data-testid="tag-filter"
            value={tag ?? ''}
            onChange={(event) => setTag((event.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('filterAllTags')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('filterStatus')}</span>
          <select
            data-testid="status-filter"
            value={status}
            onChange={(event) => setStatus((event.currentTarget as HTMLSelectElement).value as StatusFilter)}
          >
            <option value="all">{t('filterEveryone')}</option>
            <option value="overdue">{t('filterDue')}</option>
            <option value="due-this-week">{t('filterDueThisWeek')}</option>
            <option value="never-contacted">{t('filterNeverContacted')}</option>
          </select>
        </label>
        <label>
          <span>{t('sortLabel')}</span>{' '}
          <select
            data-testid="sort-select"
            value={sort}
            onChange={(event) => setSort((event.currentTarget as HTMLSelectElement).value as SortOrder)}
          >
            <option value="name">{t('sortName')}</option>
            <option value="last-contact">{t('sortLastContact')}</option>
            <option value="due">{t('sortDue')}</option>
          </select>
        </label>
      </div>
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
          renderRow={(contact) => (
            <a
              class="contact-row"
              data-testid="contact-row"
              data-key={contact.key}
              href={hrefOf({ page: 'contact', key: contact.key })}
            >
              <span class="row-main">
                <strong class="row-name">{contact.name || contact.key}</strong>
                <span class="row-sub">{[contact.headline, contact.company].filter(Boolean).join(' · ')}</span>
              </span>
              <span class="row-tags">
                {contact.tags.map((name) => (
                  <TagChip key={name} tag={name} settings={settings} />
                ))}
              </span>
              <span class="row-when">
                <span>
                  {contact.lastContactAt === null
                    ? t('lastContactNeverLong')
                    : t('lastContactWhen', relativeDay(contact.lastContactAt, now, locale))}
                </span>
                <span class={dueClass(contact.dueAt, now)}>{dueText(contact.dueAt, now)}</span>
              </span>
            </a>
          )}
        />
      )}
    </section>
  );
}
