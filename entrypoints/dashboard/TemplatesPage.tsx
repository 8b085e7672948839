/** The invitation templates: the bundled ones and the user's own; new, edit, duplicate, delete. */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Template } from '@/utils/templates';
import { TemplateEditor } from './TemplateEditor';

const blank = (): Template => ({
  id: crypto.randomUUID(),
  name: '',
  kind: 'invitation',
  language: 'en',
  body: 'Hi {firstName}, {reason}',
});

export function TemplatesPage() {
  const [templates, setTemplates] = useState<Template[]>([]);
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

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('dashboardTemplates')}</h2>
      <p class="muted">{t('templatesIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {editing ? (
        <TemplateEditor
          template={editing}
          onSave={(template) => void save(template)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="primary" data-testid="template-new" onClick={() => setEditing(blank())}>
          {t('optionsTemplateNew')}
        </button>
      )}
      <ul class="templates">
        {templates.map((template) => (
          <li key={template.id} data-testid="template-row" data-id={template.id}>
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
                  setEditing({
                    ...template,
                    id: crypto.randomUUID(),
                    name: t('optionsTemplateCopyName', template.name),
                  })
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
        ))}
      </ul>
    </section>
  );
}
