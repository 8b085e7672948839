/**
 * Writing the invitation note: pick a template, say in one line why you want to connect, see the finished
 * note counted against LinkedIn's limit, then insert it into LinkedIn's box (or copy it). Sending stays yours;
 * the invitation is logged when you press LinkedIn's Send (entrypoints/content/invite-watcher.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Invitee } from '@/utils/linkedin/invitee';
import { firstNameOf } from '@/utils/templates';
import { useFocusWhen } from '../use-focus';
import { InviteQuota } from './InviteQuota';
import { NotePreview } from './NotePreview';
import { TemplateSelect } from './TemplateSelect';
import { useInviteNote, type Recipient } from './use-invite-note';

/** LinkedIn's note box, when its dialog is open. */
export interface NoteBox {
  /** The limit the box shows, if it shows one. */
  limit: number | null;
  /** Whose invitation it is, when the Connect pressed said so. */
  invitee: Invitee | null;
  /** Fills LinkedIn's box with the note, replacing what it held. */
  fill: (text: string) => void;
}

interface Props {
  recipient: Recipient;
  noteBox: NoteBox | null;
  /** A word on whom the note is for, or that it will not be logged, when that needs saying. */
  notice: string | null;
  onClose: () => void;
}

export function InviteComposer({ recipient, noteBox, notice, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  // The composer opens on the one thing only the person can say: why they want to connect.
  const reasonBox = useFocusWhen<HTMLInputElement>(true);

  const { fullName } = recipient;
  const [firstName, setFirstName] = useState(firstNameOf(fullName));
  useEffect(() => setFirstName(firstNameOf(fullName)), [fullName]);

  const { templates, template, templateId, setTemplateId, month, limit, text, check, rememberTemplate } = useInviteNote(
    recipient,
    noteBox?.limit ?? null,
    { firstName, reason },
    setStatus,
  );

  const example = template?.reasonExample;
  const reasonPlaceholder = example ? t('inviteReasonExample', example) : t('inviteReasonPlaceholder');

  // Inserting only fills the box: the person may still edit it, or close the dialog unsent.
  const insert = () => {
    if (!noteBox || check.blockers.length > 0) return;
    noteBox.fill(text);
    rememberTemplate();
    setStatus(t('inviteInserted'));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    rememberTemplate();
    setStatus(t('inviteCopied'));
  };
  const canCopy = check.blockers.every((blocker) => blocker === 'over-limit');

  return (
    <section
      class="invite"
      aria-labelledby="invite-heading"
      data-testid="invite-composer"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div class="row invite-head">
        <h3 id="invite-heading">{t('inviteTitle')}</h3>
        <button type="button" class="link" onClick={onClose}>
          {t('inviteClose')}
        </button>
      </div>
      {notice && <p class="notice">{notice}</p>}
      <TemplateSelect templates={templates} value={templateId} onChange={setTemplateId} />
      <label class="field-label" for="first-name-input">
        {t('inviteFirstName')}
      </label>
      <input
        id="first-name-input"
        class="first-name"
        data-testid="invite-first-name"
        value={firstName}
        onInput={(event) => setFirstName((event.currentTarget as HTMLInputElement).value)}
      />
      <label class="field-label" for="reason-input">
        {t('inviteReason')}
      </label>
      <input
        id="reason-input"
        data-testid="reason-input"
        placeholder={reasonPlaceholder}
        maxLength={300}
        ref={reasonBox}
        value={reason}
        onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            insert();
          }
        }}
      />
      <NotePreview text={text} check={check} limit={limit} />
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
      {month && <InviteQuota used={month.used} quota={month.quota} />}
    </section>
  );
}
