/** The person's tags: chips to remove, a field to add one (Enter or comma) with every tag in use suggested. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Mutate } from './use-person-view';

export function TagEditor({ tags, mutate }: { tags: string[]; mutate: Mutate }) {
  const [draft, setDraft] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const save = (next: string[]) => mutate('person.update', { patch: { tags: next } });

  const add = async () => {
    const tag = draft.replace(/,/g, ' ').trim();
    if (tag && (await save([...tags, tag]))) setDraft('');
  };

  return (
    <section class="tags" aria-labelledby="tags-heading">
      <h3 id="tags-heading">{t('tags')}</h3>
      <ul class="chips">
        {tags.map((tag) => (
          <li key={tag} class="chip" data-testid="tag">
            {tag}
            <button
              type="button"
              aria-label={t('tagRemove', tag)}
              onClick={() => void save(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        data-testid="tag-input"
        list="tag-suggestions"
        aria-label={t('tagAdd')}
        placeholder={t('tagAdd')}
        maxLength={60}
        value={draft}
        onFocus={() => void send('tags.list', {}).then(setSuggestions, () => setSuggestions([]))}
        onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            void add();
          } else if (event.key === 'Backspace' && !draft && tags.length > 0) {
            void save(tags.slice(0, -1));
          }
        }}
      />
      <datalist id="tag-suggestions">
        {suggestions
          .filter((tag) => !tags.some((own) => own.toLocaleLowerCase() === tag.toLocaleLowerCase()))
          .map((tag) => (
            <option key={tag} value={tag} data-testid="tag-suggestion" />
          ))}
      </datalist>
    </section>
  );
}
