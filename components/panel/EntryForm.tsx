/**
 * One timeline entry's text, type and day: the form for a new entry and for editing one. Ctrl/Cmd+Enter saves
 * from anywhere in it, Escape cancels an edit. What was typed stays when saving fails, and is kept as a draft
 * (drafts.ts) until it is saved or cancelled; while the day is refused (in the future) nothing is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { dayOf } from '@/utils/time';
import { DateField } from '../DateField';
import { useFocusWhen } from '../use-focus';
import { draftOf, forgetDraft, keepDraft } from './drafts';
import { timeOn } from './entry-time';
import { TypeSelect } from './TypeSelect';
import type { LoggedEntryType } from '@/utils/model/entry';

export interface Entry {
  type: LoggedEntryType;
  text: string;
  at: number;
}

/** What the form holds: the entry's text, type and day (utils/time.ts, dayOf; none for today). */
interface Fields {
  text: string;
  type: LoggedEntryType;
  day: number | null;
}

/** Ctrl+Enter, or Cmd+Enter on a Mac: the save shortcut of every text box in the panel. */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

interface Props {
  /** The entry being edited; none for a new one. */
  editing?: Entry;
  /** Saves; resolves false when it did not happen, so the form keeps its text. */
  onSave: (entry: Entry) => Promise<boolean>;
  /** Editing only: leave without saving. */
  onCancel?: () => void;
  textLabel: MessageKey;
  textTestId?: string;
  saveTestId?: string;
  dateTestId?: string;
  /**
   * Where what is typed and not saved is kept (drafts.ts: noteDraftKey, editDraftKey), to be found again, and for
   * an edit the versions it began from.
   */
  draft: { key: string; rev?: string };
}

export function EntryForm(props: Props) {
  const { editing, onSave, onCancel, textLabel, textTestId, saveTestId, dateTestId, draft } = props;
  const saved: Fields = editing
    ? { text: editing.text, type: editing.type, day: dayOf(editing.at) }
    : { text: '', type: 'note', day: null };
  const [fields, setFields] = useState<Fields>(() => {
    const kept = draftOf(draft.key);
    return kept ? { text: kept.text, type: kept.type, day: kept.day } : saved;
  });
  const { text, type, day } = fields;
  /** Whether the form holds anything not saved: an edit typed back to the entry as it was holds nothing. */
  const differs = (held: Fields) =>
    editing ? held.text !== saved.text || held.type !== saved.type || held.day !== saved.day : held.text.trim() !== '';
  /** Changes the form, and keeps it as a draft while it differs from what is saved (drafts.ts). */
  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    if (differs(next)) keepDraft(draft.key, { ...next, rev: draft.rev });
    else forgetDraft(draft.key);
  };
  const cancel = onCancel
    ? () => {
        forgetDraft(draft.key);
        onCancel();
      }
    : undefined;
  const [dayRefused, setDayRefused] = useState(false);
  const [saving, setSaving] = useState(false);
  // Ctrl/Cmd+Enter asks for a save, made once the form has rendered: pressed in the date field, the field first
  // commits the typed day (or refuses it), and that reaches the form's state only in the next render.
  const [saveAsked, setSaveAsked] = useState(false);
  const canSave = text.trim() !== '' && !dayRefused && !saving;
  // An edit starts in the text; a new entry's form waits until the person comes to it.
  const textBox = useFocusWhen<HTMLTextAreaElement>(Boolean(editing));

  const save = async () => {
    if (!canSave) return;
    // An edit saved as it was is no edit, and writes nothing: an export's entry keeps words that follow the language.
    if (editing && !differs(fields)) return cancel?.();
    setSaving(true);
    const done = await onSave({ type, text, at: timeOn(day, editing?.at, Date.now()) });
    setSaving(false);
    if (done) forgetDraft(draft.key);
    // The next entry starts afresh, a note of today, so that a meeting is never carried over unnoticed.
    if (done && !editing) setFields(saved);
  };

  useEffect(() => {
    if (!saveAsked) return;
    setSaveAsked(false);
    void save();
  }, [saveAsked]);

  return (
    <form
      class="entry-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      // From anywhere in the form (its text, its type, its day, its buttons).
      onKeyDown={(event) => {
        if (event.key === 'Escape' && cancel) cancel();
        if (isSaveShortcut(event)) {
          event.preventDefault();
          setSaveAsked(true);
        }
      }}
    >
      <textarea
        data-testid={textTestId}
        aria-label={t(textLabel)}
        rows={3}
        maxLength={20_000}
        placeholder={editing ? undefined : t('notePlaceholder')}
        ref={textBox}
        value={text}
        onInput={(event) => change({ text: (event.currentTarget as HTMLTextAreaElement).value })}
      />
      <div class="row">
        <TypeSelect value={type} onChange={(next) => change({ type: next })} />
        <DateField
          testId={dateTestId}
          label={t('noteWhen')}
          bound="not-future"
          day={day}
          onCommit={(next) => change({ day: next })}
          onRefused={setDayRefused}
        />
      </div>
      <div class="row">
        <button type="submit" class="primary" data-testid={saveTestId} disabled={!canSave}>
          {saving ? t('saving') : t('save')}
        </button>
        {cancel && (
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
