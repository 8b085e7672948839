/** The person's interactions, newest first; each logged one editable and deletable in place. */
import { useState } from 'preact/hooks';
import { LOGGED_TYPES, type Interaction, type LoggedType } from '@/utils/contacts';
import { t, uiLocale } from '@/utils/i18n';
import { longDate, shortDateTime, toDateInput } from '@/utils/time';
import { isSaveShortcut, timeOfDay } from './Composer';
import { TypeSelect } from './TypeSelect';
import type { Mutate } from './useContactView';

function isLogged(type: Interaction['type']): type is LoggedType {
  return (LOGGED_TYPES as readonly string[]).includes(type);
}

function Editor({ item, mutate, done }: { item: Interaction & { type: LoggedType }; mutate: Mutate; done: () => void }) {
  const [type, setType] = useState<LoggedType>(item.type);
  const [text, setText] = useState(item.text);
  const [day, setDay] = useState(toDateInput(item.at));
  const save = async () => {
    if (!text.trim()) return;
    const at = day === toDateInput(item.at) ? item.at : timeOfDay(day, Date.now());
    if (await mutate('interaction.update', { id: item.id, patch: { type, text, at } })) done();
  };
  return (
    <form
      class="editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        aria-label={t('editEntry')}
        rows={3}
        maxLength={20_000}
        value={text}
        autoFocus
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (isSaveShortcut(event)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            done();
          }
        }}
      />
      <div class="row">
        <TypeSelect value={type} onChange={setType} />
        <input
          type="date"
          aria-label={t('noteWhen')}
          value={day}
          max={toDateInput(Date.now())}
          onChange={(event) => setDay((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={!text.trim()}>
          {t('save')}
        </button>
        <button type="button" onClick={done}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Item({ item, mutate }: { item: Interaction; mutate: Mutate }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const locale = uiLocale();
  if (mode === 'edit' && isLogged(item.type)) {
    return (
      <li data-testid="note-item" class="item">
        <Editor item={{ ...item, type: item.type }} mutate={mutate} done={() => setMode('view')} />
      </li>
    );
  }
  return (
    <li data-testid="note-item" class={`item type-${item.type}`}>
      <div class="item-head">
        <span class="badge">{t(`type_${item.type}`)}</span>
        <time dateTime={new Date(item.at).toISOString()} title={longDate(item.at, locale)}>
          {shortDateTime(item.at, locale)}
        </time>
      </div>
      <p class="item-text" data-testid="note-text">
        {item.text}
      </p>
      {mode === 'confirm-delete' ? (
        <div class="row" role="group" aria-label={t('deleteConfirm')}>
          <span>{t('deleteConfirm')}</span>
          <button type="button" class="danger" data-testid="note-delete-confirm" onClick={() => void mutate('interaction.delete', { id: item.id })}>
            {t('deleteYes')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div class="row item-actions">
          {isLogged(item.type) && (
            <button type="button" class="link" data-testid="note-edit" onClick={() => setMode('edit')}>
              {t('edit')}
            </button>
          )}
          <button type="button" class="link" data-testid="note-delete" onClick={() => setMode('confirm-delete')}>
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function Timeline({ items, name, mutate }: { items: Interaction[]; name: string; mutate: Mutate }) {
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timeline')}</h3>
      {items.length === 0 ? (
        <p class="empty">{name ? t('timelineEmpty', name) : t('timelineEmptyAnonymous')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <Item key={item.id} item={item} mutate={mutate} />
          ))}
        </ol>
      )}
    </section>
  );
}
