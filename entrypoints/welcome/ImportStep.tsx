/**
 * Step 3: the people the user is already connected with, from LinkedIn's Connections.csv, imported as the
 * dashboard's Backups page does (utils/send-import.ts). They get no reminders until the user tags them: an import
 * of hundreds must not bring hundreds of follow-ups.
 */
import { useState } from 'preact/hooks';
import { describeProblem } from '@/components/import-words';
import { ImportFileInput, type ImportUnderWay } from '@/components/ImportFileInput';
import { ImportResult, type ImportedOutcome } from '@/components/ImportResult';
import { t } from '@/utils/i18n';
import { sendImport, type ImportReply } from '@/utils/send-import';
import { StepForm } from './StepForm';

/** LinkedIn's "Get a copy of your data" page. */
const LINKEDIN_EXPORT = 'https://www.linkedin.com/mypreferences/d/download-my-data';

/** How an import ended, as the step shows it: what it did, why it did nothing, or that the user cancelled it. */
type Ending =
  { kind: 'imported'; outcome: ImportedOutcome } | { kind: 'problem'; text: string } | { kind: 'cancelled' };

function endingOf(reply: ImportReply): Ending {
  if (reply.type === 'interrupted') return { kind: 'problem', text: t('importInterrupted') };
  if (reply.type === 'failed') {
    return {
      kind: 'problem',
      text: reply.code === 'storage-full' ? t('errorStorageFull') : t('errorFailed', reply.message),
    };
  }
  const { outcome } = reply;
  if (outcome.kind === 'refused') return { kind: 'problem', text: describeProblem(outcome.problem) };
  if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'imported', outcome };
}

export function ImportStep() {
  const [importing, setImporting] = useState<ImportUnderWay | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);

  const importFile = async (file: File) => {
    setEnding(null);
    const run = sendImport(file, { kind: 'none-until-tagged' }, (progress) => setImporting({ run, progress }));
    setImporting({ run, progress: null });
    const reply = await run.reply.finally(() => setImporting(null));
    setEnding(endingOf(reply));
  };

  return (
    <StepForm step="import">
      <p>{t('welcomeImportIntro')}</p>
      <h3>{t('welcomeImportHow')}</h3>
      <ol>
        <li>
          {t('welcomeImportGetCopy')}{' '}
          <a href={LINKEDIN_EXPORT} target="_blank" rel="noreferrer">
            {t('welcomeImportOpenLinkedIn')}
          </a>
        </li>
        <li>{t('welcomeImportConnections')}</li>
        <li>{t('welcomeImportEmail')}</li>
        <li>{t('welcomeImportChoose')}</li>
      </ol>
      <ImportFileInput
        label={t('welcomeImportFile')}
        accept=".csv,text/csv"
        testId="welcome-import"
        disabled={importing !== null}
        importing={importing}
        onFile={(file) => void importFile(file)}
      />
      {ending?.kind === 'problem' && (
        <p class="error" role="alert" data-testid="import-error">
          {ending.text}
        </p>
      )}
      {ending?.kind === 'cancelled' && (
        <p class="muted" role="status" data-testid="import-notice">
          {t('importCancelled')}
        </p>
      )}
      {ending?.kind === 'imported' && <ImportResult outcome={ending.outcome} />}
    </StepForm>
  );
}
