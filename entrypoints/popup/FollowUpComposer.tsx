/**
 * "Write": a message to get back in touch, drafted from a follow-up template with what the timeline knows (when
 * you last talked, a new role, help they gave). The user edits it, copies it into LinkedIn, and says when it
 * went out: then it is logged on the timeline as a message. The extension never sends anything itself.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { ourLanguageOf } from '@/utils/templates';
import type { InsertOutcome } from '@/utils/linkedin/message-box';
import { FollowUpTemplateSelect } from './FollowUpTemplateSelect';
import { insertIntoLinkedIn } from './insert-into-linkedin';
import { useFollowUpDraft } from './use-follow-up-draft';

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

export function FollowUpComposer({ contactKey, now, onClose, onLogged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const language = ourLanguageOf(uiLocale());

  const { ready, contact, templates, template, setTemplateId, text, edit } = useFollowUpDraft(
    contactKey,
    now,
    language,
    setError,
  );

  const name = contact?.name || contactKey;
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
    const outcome = await insertIntoLinkedIn(text, contact?.name ?? '').catch(() => 'no-box' as const);
    // Only the words for someone else use the name: the others have no place for it.
    setStatus(t(INSERT_WORDS[outcome], name));
  };
  const logSent = async () => {
    try {
      await send('entry.add', { person: { key: contactKey }, type: 'message', text, at: Date.now() });
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
      {ready && templates.length === 0 && <p class="empty">{t('followupNoTemplates')}</p>}
      {template && (
        <>
          <FollowUpTemplateSelect
            templates={templates}
            value={template.id}
            language={language}
            onChange={(templateId) => {
              setTemplateId(templateId);
              setStatus('');
            }}
          />
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
