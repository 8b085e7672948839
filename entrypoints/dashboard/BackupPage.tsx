/**
 * The user's data is theirs to take: a JSON backup of everything, contacts as CSV, an import of a backup or of
 * LinkedIn's own Connections.csv (all or nothing, with what it did), and deleting everything.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { describeProblem } from '@/components/import-words';
import { ImportFileInput, type ImportUnderWay } from '@/components/ImportFileInput';
import { ImportResult, type ImportedOutcome } from '@/components/ImportResult';
import { ProgressBar } from '@/components/ProgressBar';
import { backupFileName } from '@/utils/backup';
import { contactsToCsv } from '@/utils/contacts-csv';
import { exportBackup } from '@/utils/db/backup-store';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';
import { longDate } from '@/utils/time';
import { db } from './database';
import { ImportReminders, NO_REMINDERS, reminderChoice } from './ImportReminders';
import { sendImport } from '@/utils/send-import';

/** Hands a file to the browser's downloads, as if the user saved a link. */
function download(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BackupPage({ settings, contactCount }: { settings: Settings; contactCount: number }) {
  const [outcome, setOutcome] = useState<ImportedOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** What the user did, said back: not a problem. */
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reminders, setReminders] = useState(NO_REMINDERS);
  const [importing, setImporting] = useState<ImportUnderWay | null>(null);
  const [exporting, setExporting] = useState(false);
  const locale = uiLocale();

  const work = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    setOutcome(null);
    try {
      await action();
    } catch (failure) {
      setProblem(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    work(async () => {
      setExporting(true);
      const text = await exportBackup(db).finally(() => setExporting(false));
      const now = Date.now();
      download(text, backupFileName(now, 'json'), 'application/json');
      await send('settings.update', { patch: { lastBackupAt: now } });
    });

  const exportCsv = () =>
    work(async () => {
      download(contactsToCsv(await db.contacts.toArray()), backupFileName(Date.now(), 'csv'), 'text/csv');
    });

  const importFile = (file: File) =>
    work(async () => {
      const choice = reminderChoice(reminders);
      if (!choice) return setProblem(t('importTierMissing'));
      const run = sendImport(file, choice, (progress) => setImporting({ run, progress }));
      setImporting({ run, progress: null });
      const reply = await run.reply.finally(() => setImporting(null));
      if (reply.type === 'interrupted') setProblem(t('importInterrupted'));
      else if (reply.type === 'failed') {
        setProblem(reply.code === 'storage-full' ? t('errorStorageFull') : t('errorFailed', reply.message));
      } else if (reply.outcome.kind === 'refused') setProblem(describeProblem(reply.outcome.problem));
      else if (reply.outcome.kind === 'cancelled') setNotice(t('importCancelled'));
      else setOutcome(reply.outcome);
    });

  const wipe = () =>
    work(async () => {
      if (confirm(tPlural('wipeConfirm', contactCount))) await send('data.wipe', {});
    });

  return (
    <section aria-labelledby="backup-title" class="backup-page">
      <h2 id="backup-title">{t('dashboardBackup')}</h2>
      <p>{t('backupIntro')}</p>
      <p class="muted" data-testid="last-backup">
        {settings.lastBackupAt === null ? t('backupNever') : t('backupLast', longDate(settings.lastBackupAt, locale))}
      </p>

      <h3>{t('backupExportTitle')}</h3>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="export-button"
          disabled={busy}
          onClick={() => void exportJson()}
        >
          {t('backupExport')}
        </button>
        <button type="button" data-testid="export-csv-button" disabled={busy} onClick={() => void exportCsv()}>
          {t('backupExportCsv')}
        </button>
      </div>

      <h3>{t('backupImportTitle')}</h3>
      <p class="muted">{t('backupImportHint')}</p>
      <ImportReminders draft={reminders} onChange={setReminders} settings={settings} disabled={busy} />
      <ImportFileInput
        label={t('backupImport')}
        accept=".json,.csv,application/json,text/csv"
        testId="import-input"
        disabled={busy}
        importing={importing}
        onFile={(file) => void importFile(file)}
      />
      {exporting && <ProgressBar testId="export-progress" label={tPlural('exportWorking', contactCount)} />}
      {busy && !importing && !exporting && <p role="status">{t('working')}</p>}
      {problem && (
        <p class="error" role="alert" data-testid="import-error">
          {problem}
        </p>
      )}
      {notice && (
        <p class="muted" role="status" data-testid="import-notice">
          {notice}
        </p>
      )}
      {outcome && <ImportResult outcome={outcome} />}

      <h3>{t('backupWipeTitle')}</h3>
      <p class="muted">{t('backupUninstall')}</p>
      <button type="button" class="danger" data-testid="wipe-button" disabled={busy} onClick={() => void wipe()}>
        {t('backupWipe')}
      </button>
    </section>
  );
}
