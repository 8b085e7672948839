/**
 * Editing one template: name, language, body, with the variables its kind has; an invitation without {reason}
 * gets a warning, and a variable its kind does not have cannot be saved.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { VARIABLES_OF, variablesIn, type Template } from '@/utils/templates';

interface Props {
  template: Template;
  onSave: (template: Template) => void;
  onCancel: () => void;
}

export function TemplateEditor({ template, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(template);
  const { used, unknown } = variablesIn(draft.body, draft.kind);
  const set = (patch: Partial<Template>) => setDraft({ ...draft, ...patch });
  const canSave = draft.name.trim() !== '' && draft.body.trim() !== '' && unknown.length === 0;

  return (
    <form
      class="editor"
      data-testid="template-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave) onSave(draft);
      }}
    >
      <label class="setting">
        <span>{t('optionsTemplateName')}</span>
        <input
          value={draft.name}
          maxLength={100}
          onInput={(event) => set({ name: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="setting">
        <span>{t('optionsTemplateLanguage')}</span>
        <select
          value={draft.language}
          onChange={(event) =>
            set({ language: (event.currentTarget as HTMLSelectElement).value as Template['language'] })
          }
        >
          <option value="en">English</option>
          <option value="fi">suomi</option>
        </select>
      </label>
      <label class="stacked">
        <span>{t('optionsTemplateBody')}</span>
        <textarea
          rows={4}
          maxLength={2000}
          value={draft.body}
          onInput={(event) => set({ body: (event.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <p class="meta">
        {t('optionsTemplateVariables')} {VARIABLES_OF[draft.kind].map((name) => `{${name}}`).join(' ')}
      </p>
      {unknown.length > 0 && (
        <p class="error" role="alert">
          {t('inviteUnknownVariable', unknown.map((name) => `{${name}}`).join(', '))}
        </p>
      )}
      {draft.kind === 'invitation' && !used.includes('reason') && (
        <p class="warning" role="status" data-testid="template-no-reason">
          {t('optionsTemplateNoReason')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={!canSave}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
