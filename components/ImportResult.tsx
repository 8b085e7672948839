/** What an import did: a backup's people and entries merged in, or what LinkedIn's export (or a file of it) added. */
import { ExportImportResult } from '@/components/ExportImportResult';
import type { ImportOutcome } from '@/utils/db/backup/import';
import { t, tPlural, uiLocale } from '@/utils/i18n';

/** Names listed after an import: enough to check it, few enough for the page to stay quick. */
const SHOWN_NAMES = 200;

/** An import that went through: refusals and cancellations are said otherwise. */
export type ImportedOutcome = Exclude<ImportOutcome, { kind: 'refused' | 'cancelled' }>;

export function ImportResult({ outcome }: { outcome: ImportedOutcome }) {
  const numbers = new Intl.NumberFormat(uiLocale());
  const count = (n: number) => numbers.format(n);
  if (outcome.kind === 'linkedin-export') return <ExportImportResult outcome={outcome} />;
  const { summary } = outcome;
  return (
    <div role="status" data-testid="import-result" class="result">
      <p>
        {tPlural(
          'importDone',
          summary.interactionsAdded,
          count(summary.added.length),
          count(summary.updated.length),
          count(summary.unchanged),
        )}
      </p>
      {summary.conflicts.length > 0 && (
        <details>
          <summary>{tPlural('importConflicts', summary.conflicts.length)}</summary>
          <ul>
            {summary.conflicts.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.added.length + summary.updated.length > 0 && (
        <details>
          <summary>{t('importWho')}</summary>
          <ul>
            {[...summary.added, ...summary.updated].slice(0, SHOWN_NAMES).map((name, index) => (
              <li key={index}>{name}</li>
            ))}
          </ul>
          {summary.added.length + summary.updated.length > SHOWN_NAMES && (
            <p class="muted">{tPlural('importMore', summary.added.length + summary.updated.length - SHOWN_NAMES)}</p>
          )}
        </details>
      )}
    </div>
  );
}
