/**
 * What importing LinkedIn's data export did: who was added and updated, what was read from which file and what
 * was skipped, how the conversations counted, and a suggestion from history: a rhythm for the people the user
 * wrote to in the last year.
 */
import { useState } from 'preact/hooks';
import { describeError } from './describe-error';
import type { ExportOutcome } from '@/utils/db/backup/linkedin-export-files';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { baseName } from '@/utils/linkedin-export/files';
import { send } from '@/utils/messaging';

/** The rhythm suggested for the people the user wrote to in the last year: every 3 months. */
const SUGGESTED_DAYS = 90;

export function ExportImportResult({ outcome }: { outcome: ExportOutcome }) {
  const numbers = new Intl.NumberFormat(uiLocale());
  const count = (n: number) => numbers.format(n);
  const { result, files, skipped, counts } = outcome;
  const [applied, setApplied] = useState<number | null>(null);
  const [applying, setApplying] = useState(false);
  const suggested = result.wroteLastYear.length;
  const [failure, setFailure] = useState<string | null>(null);
  const apply = async () => {
    setApplying(true);
    setFailure(null);
    try {
      setApplied(await send('people.keepInTouch', { keys: result.wroteLastYear, cadenceDays: SUGGESTED_DAYS }));
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setApplying(false);
    }
  };
  return (
    <div role="status" data-testid="import-result" class="result">
      <p>
        {tPlural('importExportDone', result.added, count(result.updated), count(result.unchanged))}{' '}
        {tPlural('importExportEntries', result.entriesAdded)}
      </p>
      <p>{t('importExportRead')}</p>
      <ul data-testid="import-files">
        {files.map((file) => (
          <li key={file.path}>
            {tPlural('importExportFileRows', file.rows, baseName(file.path))}
            {file.skipped > 0 && <> {tPlural('importExportRowsUnused', file.skipped)}</>}
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <details data-testid="import-skipped">
          <summary>{tPlural('importExportSkipped', skipped.length)}</summary>
          <p class="muted">{skipped.map((path) => baseName(path)).join(', ')}</p>
        </details>
      )}
      {counts.conversations > 0 && (
        <p class="muted">
          {counts.ownerFound
            ? t(
                'importExportConversations',
                count(counts.conversations),
                count(counts.inTouch),
                count(counts.unanswered),
                count(counts.notContact),
              )
            : t('importExportNoOwner')}
        </p>
      )}
      {counts.unplaced > 0 && <p class="muted">{tPlural('importExportUnplaced', counts.unplaced)}</p>}
      {result.spread > 0 && <p class="muted">{tPlural('importExportSpread', result.spread)}</p>}
      {result.datedAhead > 0 && <p class="muted">{tPlural('importExportDatedAhead', result.datedAhead)}</p>}
      {result.leftDeleted > 0 && <p class="muted">{tPlural('importExportLeftDeleted', result.leftDeleted)}</p>}
      <p class="muted">{outcome.keepTexts ? t('importExportTexts') : t('importExportNoTexts')}</p>
      <p class="muted">
        {outcome.reminders.kind === 'tier'
          ? t('importConnectionsTier', outcome.reminders.tag)
          : t('importConnectionsQuiet')}
      </p>
      {suggested > 0 && applied === null && (
        <p data-testid="import-suggestion">
          {tPlural('importExportSuggest', suggested)}{' '}
          <button type="button" data-testid="import-suggestion-apply" disabled={applying} onClick={() => void apply()}>
            {t('importExportSuggestApply')}
          </button>
        </p>
      )}
      {applied !== null && (
        <p data-testid="import-suggestion-applied">{tPlural('importExportSuggestApplied', applied)}</p>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
