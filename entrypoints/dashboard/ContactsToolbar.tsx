/** The contacts list's search box, its filters by tag and by status, and its order. */
import type { SortOrder, StatusFilter } from '@/utils/contact-list';
import { t } from '@/utils/i18n';

/** What the list is asked for; null tag: every tag. */
export interface ListChoice {
  query: string;
  tag: string | null;
  status: StatusFilter;
  sort: SortOrder;
}

interface Props {
  choice: ListChoice;
  /** The tags to filter by, in order. */
  tags: string[];
  onChange: (change: Partial<ListChoice>) => void;
}

export function ContactsToolbar({ choice, tags, onChange }: Props) {
  const { query, tag, status, sort } = choice;
  const placeholder = t('searchPlaceholder');
  return (
    <div class="toolbar">
      <input
        type="search"
        class="search"
        data-testid="search-input"
        aria-label={t('searchLabel')}
        placeholder={placeholder}
        // At least as wide as its hint, which is never cut: the filters move to a second line instead.
        size={placeholder.length}
        value={query}
        onInput={(event) => onChange({ query: (event.currentTarget as HTMLInputElement).value })}
      />
      {/* The filters move to the next line together, never one by one. */}
      <div class="filters">
        <label>
          <span class="visually-hidden">{t('filterTag')}</span>
          <select
            data-testid="tag-filter"
            value={tag ?? ''}
            onChange={(event) => onChange({ tag: (event.currentTarget as HTMLSelectElement).value || null })}
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
            onChange={(event) => onChange({ status: (event.currentTarget as HTMLSelectElement).value as StatusFilter })}
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
            onChange={(event) => onChange({ sort: (event.currentTarget as HTMLSelectElement).value as SortOrder })}
          >
            <option value="name">{t('sortName')}</option>
            <option value="last-contact">{t('sortLastContact')}</option>
            <option value="due">{t('sortDue')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
