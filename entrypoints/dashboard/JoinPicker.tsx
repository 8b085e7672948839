/** Finding the other copy of a person, and joining it into this one after a confirmation. */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import type { Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { search } from '@/utils/search';
import { searchIndexOf } from './search-index';
import type { Summary } from '@/utils/model/summary';

interface Props {
  keep: Summary;
  contacts: Summary[];
  onError: (message: string | null) => void;
  onUndoable: (undoable: Undoable) => void;
}

export function JoinPicker({ keep, contacts, onError, onUndoable }: Props) {
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Summary | null>(null);
  const found = search(searchIndexOf(contacts), query);
  const candidates = found
    ? contacts.filter((contact) => found.has(contact.key) && contact.key !== keep.key).slice(0, 8)
    : [];

  const joinWith = async (duplicate: Summary) => {
    try {
      const { undoToken } = await send('people.join', { keep: keep.key, other: duplicate.key });
      onUndoable({
        message: t('sameAsJoined', duplicate.name || duplicate.key),
        undo: () => send('person.separate', { undoToken }),
      });
      setOther(null);
      setQuery('');
      onError(null);
    } catch (failure) {
      onError(describeError(failure));
    }
  };

  if (other) {
    return (
      <div class="row" role="group" aria-label={t('mergeTitle')}>
        <span>{t('mergeConfirm', other.name || other.key, keep.name || keep.key)}</span>
        <button type="button" class="primary" data-testid="merge-confirm" onClick={() => void joinWith(other)}>
          {t('merge')}
        </button>
        <button type="button" onClick={() => setOther(null)}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div class="merge">
      <label>
        {t('mergeTitle')}{' '}
        <input
          type="search"
          data-testid="merge-search"
          placeholder={t('mergeSearch')}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {candidates.length > 0 && (
        <ul class="candidates">
          {candidates.map((candidate) => (
            <li key={candidate.key}>
              <button type="button" data-testid="merge-candidate" onClick={() => setOther(candidate)}>
                {candidate.name || candidate.key}
              </button>{' '}
              <span class="muted">{candidate.headline}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
