/** Adding to the timeline: pick a type, type the text, Ctrl/Cmd+Enter (or Save). The text stays if saving fails. */
import { useState } from 'preact/hooks';
import { LOGGED_TYPES, type LoggedType } from '@/utils/contacts';
import { t } from '@/utils/i18n';
import { fromDateInput, toDateInput } from '@/utils/time';
import { TypeSelect } from './TypeSelect';
import type { Mutate } from './useContactView';

/** Ctrl+Enter, or Cmd+Enter on a Mac: the save shortcut of every text box in the panel. */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/** "Today" means now; an earlier day means that day. */
export function timeOfDay(dateValue: string, now: number): number {
  return !dateValue || dateValue === toDateInput(now) ? now : (fromDateInput(dateValue) ?? now);
}

export function Composer({ mutate }: { mutate: Mutate }) {
  const [type, setType] = useState<LoggedType>(LOGGED_TYPES[0]);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    const saved = await mutate('interaction.add', { type, text, at: timeOfDay(day, Date.now()) });
    setSaving(false);
    if (saved) {
      setText('');
      setDay('');
    }
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label class="visually-hidden" for="note-input">
        {t('noteLabel')}
      </label>
      <textarea
        id="note-input"
        data-testid="note-input"
        rows={3}
        maxLength={20_000}
        placeholder={t('notePlaceholder')}
        value={text}
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (isSaveShortcut(event)) {
            event.preventDefault();
            void submit();
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
        <button type="submit" class="primary" data-testid="note-save" disabled={saving || !text.trim()}>
          {saving ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
