/**
 * Search over everyone saved, in the side panel when no one's profile is on screen: the same index and folding
 * as the dashboard's list (utils/search.ts), read from the database here (an extension page, in the extension's
 * origin). A person found opens on their dashboard page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { db } from '@/entrypoints/dashboard/database';
import { hrefOf } from '@/entrypoints/dashboard/route';
import { t } from '@/utils/i18n';
import { buildSearchIndex, search } from '@/utils/search';
import type { Summary } from '@/utils/model/summary';

/** More than a side panel shows at a glance; the dashboard has the whole list. */
const SHOWN = 20;

export function PeopleSearch() {
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<Summary[] | null>(null);
  // Read once the user starts typing: the due list shows first, and most visits never search.
  useEffect(() => {
    if (query && !people) void db.contacts.toArray().then(setPeople);
  }, [query, people]);
  const index = useMemo(() => people && buildSearchIndex(people), [people]);
  const found = index && search(index, query);
  const shown = found && people ? people.filter((person) => found.has(person.key)).slice(0, SHOWN) : [];

  return (
    <search class="side-search">
      <input
        type="search"
        data-testid="side-search"
        aria-label={t('sidePanelSearch')}
        placeholder={t('sidePanelSearch')}
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      {found && (
        <ul data-testid="side-search-results">
          {shown.map((person) => (
            <li key={person.key}>
              <a href={`/dashboard.html${hrefOf({ page: 'contact', key: person.key })}`} target="_blank">
                {person.name || person.key}
              </a>{' '}
              <span class="muted">{person.company}</span>
            </li>
          ))}
          {shown.length === 0 && <li class="muted">{t('sidePanelNoneFound')}</li>}
        </ul>
      )}
    </search>
  );
}
