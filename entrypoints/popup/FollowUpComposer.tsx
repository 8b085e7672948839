/**
 * "Write": a message to get back in touch, drafted from a follow-up template with what the timeline knows (when
 * you last talked, a new role, help they gave). The user edits it, copies it into LinkedIn, and says when it
 * went out: then it is logged on the timeline as a message. The extension never sends anything itself.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import type { ContactView } from '@/utils/contacts';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { followUpValues, suggestFollowUp } from '@/utils/plan/followup-templates';
import type { Settings } from '@/utils/settings';
import { renderTemplate, type Template, type TemplateLanguage } from '@/utils/templates';
import type { InsertOutcome } from '@/utils/linkedin/message-box';
import { insertIntoLinkedIn } from './insert-into-linkedin';

interface Props {
  contactKey: string;
  now: number;
  onClose: () => void;
  /** After the message was logged as sent. */
  onLogged: (name: string) => void;
}

/** What Insert into LinkedIn did, in words. */
const INSERT_WORDS: Record<InsertOutcome, MessageKey> = {
  inserted: 'followupInserted',
  'no-box': 'followupNoMessageBox',
  'someone-else': 'followupInsertSomeoneElse',
  'not-empty': 'followupInsertNotEmpty',
};

/** Both languages' templates are offered, the user's own first. */
function languagesFirst(language: TemplateLanguage): TemplateLanguage[] {
  return language === 'fi' ? ['fi', 'en'] : ['en', 'fi'];
}

interface Loaded {
  view: ContactView;
  templates: Template[];
  settings: Settings;
}

/** Follow-ups in the order offered: the one that fits the person first, then the rest in the user's language, then the other language's. */
function offered(templates: Template[], suggestedId: string, language: TemplateLanguage): Template[] {
  const rank = (template: Template) => (template.id === suggestedId ? 0 : template.language === language ? 1 : 2);
  return templates
    .filter((template) => template.kind === 'follow-up')
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export function FollowUpComposer({ contactKey, now, onClose, onLogged }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState('');
  /** The user's edits, by template: switching to another template and back keeps what they wrote. */
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const language: TemplateLanguage = uiLocale().startsWith('fi') ? 'fi' : 'en';

  useEffect(() => {
    Promise.all([
      send('contact.view', { person: { key: contactKey } }),
      send('templates.list', {}),
      send('settings.get', {}),
    ])
      .then(([view, templates, settings]) => setLoaded({ view, templates, settings }))
      .catch((failure) => setError(describeError(failure)));
  }, [contactKey]);

  const templates = useMemo(() => {
    if (!loaded?.view.contact) return [];
    const purpose = suggestFollowUp(loaded.view.contact, loaded.view.interactions, now);
    return offered(loaded.templates, `bundled-${language}-${purpose}`, language);
  }, [loaded]);
  const template = templates.find((option) => option.id === templateId) ?? templates[0];

  const drafted = useMemo(() => {
    const contact = loaded?.view.contact;
    if (!template || !contact) return '';
    const values = followUpValues(contact, loaded.view.interactions, loaded.settings.myName, template.language, now);
    return renderTemplate(template.body, values);
  }, [template?.id, loaded]);
  const text = (template && edits[template.id]) ?? drafted;
  const edit = (value: string) => template && setEdits({ ...edits, [template.id]: value });

  const name = loaded?.view.contact?.name || contactKey;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('followupCopied'));
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  // Into the message box of a LinkedIn conversation the user has open, to read and send there.
  const insert = async () => {
    const outcome = await insertIntoLinkedIn(text, loaded?.view.contact?.name ?? '').catch(() => 'no-box' as const);
    // Only the words for someone else use the name: the others have no place for it.
    setStatus(t(INSERT_WORDS[outcome], name));
  };
  const logSent = async () => {
    try {
      await send('interaction.add', { person: { key: contactKey }, type: 'message', text, at: Date.now() });
      onLogged(name);
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <section class="composer" data-testid="followup-composer" aria-labelledby="composer-title">
      <div class="composer-head">
        <h2 id="composer-title">{t('followupTitle', name)}</h2>
        <button type="button" class="link" data-testid="followup-close" onClick={onClose}>
          {t('followupBack')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loaded && templates.length === 0 && <p class="empty">{t('followupNoTemplates')}</p>}
      {template && (
        <>
          <select
            data-testid="followup-template"
            aria-label={t('followupTemplate')}
            value={template.id}
            onChange={(event) => {
              setTemplateId((event.currentTarget as HTMLSelectElement).value);
              setStatus('');
            }}
          >
            {languagesFirst(language).map((group) => (
              <optgroup key={group} label={group === 'fi' ? 'suomi' : 'English'}>
                {templates
                  .filter((option) => option.language === group)
                  .map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <textarea
            data-testid="followup-text"
            aria-label={t('followupMessage')}
            rows={7}
            maxLength={8000}
            value={text}
            onInput={(event) => edit((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="actions">
            <button type="button" class="primary" data-testid="followup-copy" onClick={() => void copy()}>
              {t('followupCopy')}
            </button>
            <button type="button" data-testid="followup-insert" onClick={() => void insert()}>
              {t('followupInsert')}
            </button>
            <button type="button" data-testid="followup-sent" disabled={!text.trim()} onClick={() => void logSent()}>
              {t('followupSent')}
            </button>
          </div>
          <p class="meta" role="status" data-testid="followup-status">
            {status || t('followupHowTo')}
          </p>
        </>
      )}
    </section>
  );
}
