/** The options page (until the dashboard exists): invitation settings and the templates. */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import type { Template } from '@/utils/templates';
import { TemplateEditor } from './TemplateEditor';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [editing, setEditing] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await action();
      setError(null);
      return result;
    } catch (failure) {
      setError(describeError(failure));
      return undefined;
    }
  };
  useEffect(() => {
    void run(async () => {
      setSettings(await send('settings.get', {}));
      setTemplates(await send('templates.list', {}));
    });
  }, []);

  const saveSettings = (patch: Partial<Settings>) =>
    run(async () => setSettings(await send('settings.update', { patch })));
  const saveTemplate = (template: Template) =>
    run(async () => {
      setTemplates(await send('templates.save', { template }));
      setEditing(null);
    });
  const deleteTemplate = (id: string) => run(async () => setTemplates(await send('templates.delete', { id })));
  const blank = (): Template => ({
    id: crypto.randomUUID(),
    name: '',
    kind: 'invitation',
    language: 'en',
    body: 'Hi {firstName}, {reason}',
  });

  return (
    <main class="options">
      <h1>{t('extName')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {settings && (
        <section aria-labelledby="invite-settings">
          <h2 id="invite-settings">{t('optionsInvitations')}</h2>
          <label class="setting">
            <span>{t('optionsMyName')}</span>
            <input
              defaultValue={settings.myName}
              maxLength={100}
              onChange={(event) =>
                void saveSettings({ myName: (event.currentTarget as HTMLInputElement).value.trim() })
              }
            />
          </label>
          <label class="setting">
            <span>{t('optionsNoteLimit')}</span>
            <select
              data-testid="settings-note-limit"
              value={String(settings.noteLimit)}
              onChange={(event) =>
                void saveSettings({ noteLimit: Number((event.currentTarget as HTMLSelectElement).value) as 200 | 300 })
              }
            >
              <option value="200">{t('optionsNoteLimitFree')}</option>
              <option value="300">{t('optionsNoteLimitPremium')}</option>
            </select>
          </label>
          <label class="setting">
            <span>{t('optionsQuota')}</span>
            <input
              type="number"
              min={0}
              max={1000}
              defaultValue={String(settings.monthlyNoteQuota)}
              onChange={(event) => {
                const quota = Math.round(Number((event.currentTarget as HTMLInputElement).value));
                if (quota >= 0 && quota <= 1000) void saveSettings({ monthlyNoteQuota: quota });
              }}
            />
          </label>
        </section>
      )}
      <section aria-labelledby="templates">
        <h2 id="templates">{t('optionsTemplates')}</h2>
        {editing ? (
          <TemplateEditor template={editing} onSave={saveTemplate} onCancel={() => setEditing(null)} />
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
                <span class="meta">{template.language === 'fi' ? 'suomi' : 'English'}</span>
              </div>
              <p class="body">{template.body}</p>
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
                <button type="button" class="danger" onClick={() => void deleteTemplate(template.id)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
