/**
 * Step 4: the user's history on LinkedIn, from LinkedIn's own data export (the ZIP, its parts, or its CSV files),
 * imported as the dashboard's Backups page does (utils/send-import.ts), with the same choice of reminders: none
 * until tagged (the default: an import of hundreds must not bring hundreds of follow-ups), or one of the tiers the
 * step before set up.
 */
import { useState } from 'preact/hooks';
import { describeProblem } from '@/components/import-words';
import { ImportFileInput, type ImportUnderWay } from '@/components/ImportFileInput';
import { ImportReminders, NO_REMINDERS, reminderChoice } from '@/components/ImportReminders';
import { ImportResult, type ImportedOutcome } from '@/components/ImportResult';
import { KeepTextsField } from '@/components/KeepTextsField';
import type { Settings } from '@/utils/settings';
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

export function ImportStep({ settings }: { settings: Settings }) {
  const [importing, setImporting] = useState<ImportUnderWay | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);
  const [reminders, setReminders] = useState(NO_REMINDERS);
  const [keepTexts, setKeepTexts] = useState(false);

  const importFiles = async (files: File[]) => {
    setEnding(null);
    const choice = reminderChoice(reminders);
    if (!choice) return setEnding({ kind: 'problem', text: t('importTierMissing') });
    const run = sendImport(files, choice, (progress) => setImporting({ run, progress }), { keepTexts });
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
      <ImportReminders draft={reminders} onChange={setReminders} settings={settings} disabled={importing !== null} />
      <KeepTextsField checked={keepTexts} onChange={setKeepTexts} disabled={importing !== null} />
      <ImportFileInput
        label={t('welcomeImportFile')}
        accept=".zip,.csv,application/zip,text/csv"
        testId="welcome-import"
        disabled={importing !== null}
        importing={importing}
        onFiles={(files) => void importFiles(files)}
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
