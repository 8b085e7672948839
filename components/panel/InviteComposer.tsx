/**
 * Writing the invitation note: pick a template, say in one line why you want to connect, see the finished
 * note counted against LinkedIn's limit, then insert it into LinkedIn's box (or copy it). Sending stays yours;
 * the invitation is logged when you press LinkedIn's Send (entrypoints/content/invite-watcher.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeError } from '../describe-error';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import type { Invitee } from '@/utils/linkedin/invitee';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { checkNote, firstNameOf, lastNameOf, renderTemplate, type Template } from '@/utils/templates';
import { onContactChanged } from './contact-changes';

/** LinkedIn's note box, when its dialog is open. */
export interface NoteBox {
  /** The limit the box shows, if it shows one. */
  limit: number | null;
  /** Whose invitation it is, when the Connect pressed said so. */
  invitee: Invitee | null;
  /** Fills LinkedIn's box with the note, replacing what it held. */
  fill: (text: string) => void;
}

/** Who the note is for, as far as the page tells. */
export interface Recipient {
  fullName: string;
  company: string;
  headline: string;
}

interface Props {
  recipient: Recipient;
  noteBox: NoteBox | null;
  /** A word on whom the note is for, or that it will not be logged, when that needs saying. */
  notice: string | null;
  onClose: () => void;
}

export function InviteComposer({ recipient, noteBox, notice, onClose }: Props) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [month, setMonth] = useState<{ used: number; quota: number } | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const { fullName } = recipient;
  const [firstName, setFirstName] = useState(firstNameOf(fullName));
  useEffect(() => setFirstName(firstNameOf(fullName)), [fullName]);

  useEffect(() => {
    const language = uiLocale().startsWith('fi') ? 'fi' : 'en';
    Promise.all([send('templates.list', {}), send('settings.get', {}), send('invitations.month', {})]).then(
      ([list, loaded, used]) => {
        const invitations = list.filter((template) => template.kind === 'invitation');
        setTemplates(invitations);
        setTemplateId((invitations.find((template) => template.language === language) ?? invitations[0])?.id ?? '');
        setSettings(loaded);
        setMonth(used);
      },
      (failure) => setStatus(describeError(failure)),
    );
  }, []);
  // A sent invitation (here or in another tab) is one more of the month's notes used.
  useEffect(() => onContactChanged(() => void send('invitations.month', {}).then(setMonth, () => undefined)), []);

  const template = templates.find((candidate) => candidate.id === templateId);
  const limit = noteBox?.limit ?? settings?.noteLimit ?? 200;
  const text = useMemo(
    () =>
      template
        ? renderTemplate(template.body, {
            firstName,
            lastName: lastNameOf(fullName),
            fullName,
            company: recipient.company,
            headline: recipient.headline,
            myName: settings?.myName ?? '',
            reason,
          })
        : '',
    [template, firstName, fullName, recipient, settings, reason],
  );
  const check = checkNote(template?.body ?? '', text, reason, limit);
  const count = new Intl.NumberFormat(uiLocale());

  // Inserting only fills the box: the person may still edit it, or close the dialog unsent.
  const insert = () => {
    if (!noteBox || check.blockers.length > 0) return;
    noteBox.fill(text);
    setStatus(t('inviteInserted'));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setStatus(t('inviteCopied'));
  };
  const canCopy = !check.blockers.some((blocker) => blocker !== 'over-limit');

  return (
    <section class="invite" aria-labelledby="invite-heading" data-testid="invite-composer">
      <div class="row invite-head">
        <h3 id="invite-heading">{t('inviteTitle')}</h3>
        <button type="button" class="link" onClick={onClose}>
          {t('inviteClose')}
        </button>
      </div>
      {notice && <p class="notice">{notice}</p>}
      <div class="row">
        <select
          data-testid="template-select"
          aria-label={t('inviteTemplate')}
          value={templateId}
          onChange={(event) => setTemplateId((event.currentTarget as HTMLSelectElement).value)}
        >
          {templates.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        <input
          class="first-name"
          aria-label={t('inviteFirstName')}
          title={t('inviteFirstName')}
          value={firstName}
          onInput={(event) => setFirstName((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <label class="field-label" for="reason-input">
        {t('inviteReason')}
      </label>
      <input
        id="reason-input"
        data-testid="reason-input"
        placeholder={t('inviteReasonPlaceholder')}
        maxLength={300}
        value={reason}
        autoFocus
        onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            insert();
          }
        }}
      />
      <p class="preview" data-testid="invite-preview">
        {text}
      </p>
      <p class={`count ${check.overBy > 0 ? 'over' : ''}`} data-testid="char-count" aria-live="polite">
        {`${count.format(check.length)}/${count.format(limit)}`}
      </p>
      <ul class="blockers" aria-live="polite">
        {check.blockers.includes('unknown-variable') && <li>{t('inviteUnknownVariable', check.unknown.join(', '))}</li>}
        {check.blockers.includes('empty-reason') && <li>{t('inviteNeedsReason')}</li>}
        {check.blockers.includes('over-limit') && <li class="over">{tPlural('inviteOverBy', check.overBy)}</li>}
      </ul>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="invite-insert"
          disabled={!noteBox || check.blockers.length > 0}
          onClick={insert}
        >
          {t('inviteInsert')}
        </button>
        <button type="button" data-testid="invite-copy" disabled={!canCopy} onClick={() => void copy()}>
          {t('inviteCopy')}
        </button>
      </div>
      {!noteBox && <p class="hint">{t('inviteNoBox')}</p>}
      {status && (
        <p class="hint" role="status" data-testid="invite-status">
          {status}
        </p>
      )}
      {month && (
        <p class={`hint ${month.used >= month.quota - 1 ? 'over' : ''}`} data-testid="invite-quota">
          {tPlural('inviteQuota', month.quota, count.format(month.used))}
          {month.used >= month.quota - 1 && ` ${t('inviteQuotaLow')}`}
        </p>
      )}
    </section>
  );
}
