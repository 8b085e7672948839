/**
 * Choosing people by name in a network of hundreds: a filter, the people it matches as checkboxes (the first
 * SHOWN of them, and how many more), and those chosen as chips above, each with its own remove button.
 */
import { useMemo, useState } from 'preact/hooks';
import { t, tPlural } from '@/utils/i18n';
import { peopleNamed } from './people-filter';
import type { Summary } from '@/utils/model/summary';

/** Enough to pick from at a glance; past it, typing more of the name is quicker than scrolling. */
const SHOWN = 50;

interface Props {
  /** The chosen people's keys, in the order chosen. */
  keys: string[];
  onChange: (keys: string[]) => void;
  /** Everyone who can be chosen, in the order to list them. */
  people: Summary[];
  names: ReadonlyMap<string, Summary>;
}

export function PeoplePicker({ keys, onChange, people, names }: Props) {
  const [query, setQuery] = useState('');
  const { shown, more } = useMemo(() => peopleNamed(people, query, SHOWN), [people, query]);
  const chosen = new Set(keys);
  const choose = (key: string, on: boolean) => onChange(on ? [...keys, key] : keys.filter((each) => each !== key));
  const nameOf = (key: string) => names.get(key)?.name || key;

  return (
    <fieldset class="people-picker">
      <legend>{t('goalPeople')}</legend>
      {keys.length > 0 && (
        <ul class="chosen-people" aria-label={t('goalPeopleChosen')}>
          {keys.map((key) => (
            <li key={key} class="tag-chip" data-testid="goal-person-chosen">
              {nameOf(key)}
              <button
                type="button"
                class="link"
                aria-label={t('goalPersonRemove', nameOf(key))}
                onClick={() => choose(key, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="setting">
        <span>{t('goalPeopleFilter')}</span>
        <input
          type="search"
          data-testid="goal-people-filter"
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            // Escape empties the filter (the browser's own), and only an empty one lets it close the form.
            if (event.key === 'Escape' && query) event.stopPropagation();
          }}
        />
      </label>
      <ul class="people-choices" data-testid="goal-people">
        {shown.map((person) => (
          <li key={person.key}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(person.key)}
                onChange={(event) => choose(person.key, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {person.name || person.key}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p class="muted">{t('contactsNoMatch')}</p>}
      {more > 0 && <p class="muted">{tPlural('goalPeopleMore', more)}</p>}
    </fieldset>
  );
}
