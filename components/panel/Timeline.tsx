/** The person's interactions, newest first; each logged one editable and deletable in place. */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LOGGED_TYPES, type Interaction, type LoggedType } from '@/utils/contacts';
import { t, uiLocale } from '@/utils/i18n';
import { longDate, shortDateTime } from '@/utils/time';
import { EntryForm } from './EntryForm';
import type { Mutate } from './useContactView';

function isLogged(type: Interaction['type']): type is LoggedType {
  return (LOGGED_TYPES as readonly string[]).includes(type);
}

/** An entry's text, folded after a few lines (panel.css, .folded) behind "Show more" when it is longer. */
function EntryText({ text }: { text: string }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [long, setLong] = useState(false);
  const [open, setOpen] = useState(false);
  const id = useId();
  // Whether the text is longer than the fold is known only once it is laid out, and again at each new width.
  useLayoutEffect(() => {
    if (open) return;
    const element = paragraph.current!;
    const measure = () => setLong(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, open]);

  return (
    <>
      <p ref={paragraph} id={id} class={open ? 'item-text' : 'item-text folded'} data-testid="note-text">
        {text}
      </p>
      {long && (
        <button
          type="button"
          class="link more"
          data-testid="note-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('noteShowLess') : t('noteShowMore')}
        </button>
      )}
    </>
  );
}

function Item({ item, mutate }: { item: Interaction; mutate: Mutate }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  // The version on screen when editing began: saved against it, an edit made meanwhile elsewhere stays too.
  const [seenRev, setSeenRev] = useState(item.rev);
  const locale = uiLocale();
  if (mode === 'edit' && isLogged(item.type)) {
    const done = () => setMode('view');
    return (
      <li data-testid="note-item" class="item">
        <EntryForm
          editing={{ type: item.type, text: item.text, at: item.at }}
          textLabel="editEntry"
          onCancel={done}
          onSave={async (entry) => {
            const saved = await mutate('interaction.update', { id: item.id, rev: seenRev, patch: entry });
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
          {shortDateTime(item.at, locale)}
        </time>
      </div>
      <EntryText text={item.text} />
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
        <div class="row" role="group" aria-label={t('deleteConfirm')}>
          <span>{t('deleteConfirm')}</span>
          <button
            type="button"
            class="danger"
            data-testid="note-delete-confirm"
            onClick={() => void mutate('interaction.delete', { id: item.id, rev: seenRev })}
          >
            {t('deleteYes')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div class="row item-actions">
          {isLogged(item.type) && (
            <button
              type="button"
              class="link"
              data-testid="note-edit"
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
