/** One entry on the timeline: its type, time and text, and, for one that was logged, edit and delete in place. */
import { useState } from 'preact/hooks';
import { entryText } from '@/components/export-words';
import { t, uiLocale } from '@/utils/i18n';
import { entryWhen, longDate } from '@/utils/time';
import { useFocusReturn } from '../use-focus';
import { draftOf, editDraftKey } from './drafts';
import { EntryForm } from './EntryForm';
import { EntryText } from './EntryText';
import type { Mutate } from './use-person-view';
import { LOGGED_ENTRY_TYPES, type Entry, type LoggedEntryType } from '@/utils/model/entry';

function isLogged(type: Entry['type']): type is LoggedEntryType {
  return (LOGGED_ENTRY_TYPES as readonly string[]).includes(type);
}

export function TimelineItem({ item, mutate }: { item: Entry; mutate: Mutate }) {
  // An edit begun before the person was left is open again, as it was.
  const [begun] = useState(() => draftOf(editDraftKey(item.id)));
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>(begun ? 'edit' : 'view');
  // The version on screen when editing began: saved against it, an edit made meanwhile elsewhere stays too.
  const [seenRev, setSeenRev] = useState(begun ? begun.rev : item.rev);
  const locale = uiLocale();
  // Saved, cancelled or taken back, the keyboard is on the button that began it again.
  const editButton = useFocusReturn<HTMLButtonElement>(mode === 'edit');
  const deleteButton = useFocusReturn<HTMLButtonElement>(mode === 'confirm-delete');
  if (mode === 'edit' && isLogged(item.type)) {
    const done = () => setMode('view');
    return (
      <li data-testid="note-item" class="item">
        <EntryForm
          editing={{ type: item.type, text: entryText(item), at: item.at }}
          textLabel="editEntry"
          draft={{ key: editDraftKey(item.id), rev: seenRev }}
          onCancel={done}
          onSave={async (entry) => {
            const saved = await mutate('entry.update', { id: item.id, rev: seenRev, patch: entry });
            if (saved) done();
            return saved;
          }}
        />
      </li>
    );
  }
  return (
    <li data-testid="note-item" class={`item type-${item.type}`}>
      <div class="item-head">
        <span class="badge">{t(`type_${item.type}`)}</span>
        <time dateTime={new Date(item.at).toISOString()} title={longDate(item.at, locale)}>
          {entryWhen(item.at, locale)}
        </time>
      </div>
      <EntryText text={entryText(item)} />
      {item.otherTexts && (
        <div class="other-versions" role="note" data-testid="note-other-version">
          <p>{t('noteOtherVersions')}</p>
          <ul>
            {item.otherTexts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {mode === 'confirm-delete' ? (
        // Keyed, as the actions below are: otherwise Preact would make the focused "Yes, delete" into Edit.
        <div
          key="confirm-delete"
          class="row"
          role="group"
          aria-label={t('deleteConfirm')}
          onKeyDown={(event) => event.key === 'Escape' && setMode('view')}
        >
          <span>{t('deleteConfirm')}</span>
          <button
            type="button"
            class="danger"
            data-testid="note-delete-confirm"
            onClick={() => void mutate('entry.delete', { id: item.id, rev: seenRev })}
          >
            {t('deleteYes')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div key="actions" class="row item-actions">
          {isLogged(item.type) && (
            <button
              type="button"
              class="link"
              data-testid="note-edit"
              ref={editButton}
              onClick={() => {
                setSeenRev(item.rev);
                setMode('edit');
              }}
            >
              {t('edit')}
            </button>
          )}
          <button
            type="button"
            class="link"
            data-testid="note-delete"
            ref={deleteButton}
            onClick={() => {
              setSeenRev(item.rev);
              setMode('confirm-delete');
            }}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
