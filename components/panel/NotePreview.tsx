/** The finished invitation note, counted against LinkedIn's limit, and what keeps it from being inserted. */
import { t, tPlural, uiLocale } from '@/utils/i18n';
import type { NoteCheck } from '@/utils/templates';

export function NotePreview({ text, check, limit }: { text: string; check: NoteCheck; limit: number }) {
  const count = new Intl.NumberFormat(uiLocale());
  return (
    <>
      {text && (
        <p class="preview" data-testid="invite-preview">
          {text}
        </p>
      )}
      <p class={`count ${check.overBy > 0 ? 'over' : ''}`} data-testid="char-count" aria-live="polite">
        {`${count.format(check.length)}/${count.format(limit)}`}
      </p>
      <ul class="blockers" aria-live="polite">
        {check.blockers.includes('no-template') && <li>{t('inviteNeedsTemplate')}</li>}
        {check.blockers.includes('unknown-variable') && <li>{t('inviteUnknownVariable', check.unknown.join(', '))}</li>}
        {check.blockers.includes('empty-reason') && <li>{t('inviteNeedsReason')}</li>}
        {check.blockers.includes('over-limit') && <li class="over">{tPlural('inviteOverBy', check.overBy)}</li>}
      </ul>
    </>
  );
}
