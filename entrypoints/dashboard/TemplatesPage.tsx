/**
 * The templates, by kind: invitation notes and follow-up messages, the bundled ones and the user's own; new,
 * edit, duplicate, delete.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { inLanguageFirst, ourLanguageOf, type Template, type TemplateKind } from '@/utils/templates';
import { TemplateEditor } from './TemplateEditor';

/** A new template's first words: the variable that kind of message most needs. */
const blank = (kind: TemplateKind): Template => ({
  id: crypto.randomUUID(),
  name: '',
  kind,
  language: 'en',
  body: kind === 'invitation' ? 'Hi {firstName}, {reason}' : 'Hi {firstName}, ',
});

const SECTIONS: { kind: TemplateKind; title: MessageKey; intro: MessageKey; add: MessageKey; hook: string }[] = [
  {
    kind: 'invitation',
    title: 'templatesInvitations',
    intro: 'templatesIntro',
    add: 'optionsTemplateNew',
    hook: 'template-new',
  },
  {
    kind: 'follow-up',
    title: 'templatesFollowUps',
    intro: 'templatesFollowUpsIntro',
    add: 'templatesNewFollowUp',
    hook: 'template-new-followup',
  },
];

export function TemplatesPage() {
  const [templates, setTemplates] = useState<Template[]>([]);
  // As in the composers: the templates in the language the extension speaks first.
  const language = ourLanguageOf(uiLocale());
  const [editing, setEditing] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<Template[]>) => {
    try {
      setTemplates(await action());
      setError(null);
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  };
  useEffect(() => {
    void run(() => send('templates.list', {}));
  }, []);

  const save = async (template: Template) => {
    if (await run(() => send('templates.save', { template }))) setEditing(null);
  };

  const row = (template: Template) => (
    <li
      key={template.id}
      data-testid="template-row"
      data-id={template.id}
      data-kind={template.kind}
      data-language={template.language}
    >
      <div class="row">
        <strong>{template.name}</strong>
        <span class="muted">{template.language === 'fi' ? 'suomi' : 'English'}</span>
      </div>
      <p class="template-body">{template.body}</p>
      <div class="row">
        <button type="button" onClick={() => setEditing(template)}>
          {t('edit')}
        </button>
        <button
          type="button"
          onClick={() =>
            setEditing({ ...template, id: crypto.randomUUID(), name: t('optionsTemplateCopyName', template.name) })
          }
        >
          {t('optionsTemplateDuplicate')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => void run(() => send('templates.delete', { id: template.id }))}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('dashboardTemplates')}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {editing && (
        <TemplateEditor
          template={editing}
          onSave={(template) => void save(template)}
          onCancel={() => setEditing(null)}
        />
      )}
      {SECTIONS.map(({ kind, title, intro, add, hook }) => (
        <section key={kind} aria-labelledby={`templates-${kind}`}>
          <h3 id={`templates-${kind}`}>{t(title)}</h3>
          <p class="muted">{t(intro)}</p>
          {!editing && (
            <button type="button" class="primary" data-testid={hook} onClick={() => setEditing(blank(kind))}>
              {t(add)}
            </button>
          )}
          <ul class="templates">
            {inLanguageFirst(
              templates.filter((template) => template.kind === kind),
              language,
            ).map(row)}
          </ul>
        </section>
      ))}
    </section>
  );
}
