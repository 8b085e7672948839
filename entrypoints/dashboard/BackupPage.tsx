/**
 * The user's data is theirs to take: a JSON backup of everything, contacts as CSV, an import of a backup or of
 * LinkedIn's own data export (its ZIP, several parts, or its CSV files; all or nothing, with what it did), and
 * deleting everything.
 */
import { ImportFileInput } from '@/components/ImportFileInput';
import { ImportResult } from '@/components/ImportResult';
import { KeepTextsField } from '@/components/KeepTextsField';
import { ProgressBar } from '@/components/ProgressBar';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { longDate } from '@/utils/time';
import { ImportReminders } from '@/components/ImportReminders';
import { useBackupActions } from './use-backup-actions';

export function BackupPage({ settings, contactCount }: { settings: Settings; contactCount: number }) {
  const {
    outcome,
    problem,
    notice,
    busy,
    reminders,
    setReminders,
    importing,
    exporting,
    exportJson,
    exportCsv,
    importFiles,
    keepTexts,
    setKeepTexts,
    wipe,
  } = useBackupActions(contactCount);
  const locale = uiLocale();

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
      <KeepTextsField checked={keepTexts} onChange={setKeepTexts} disabled={busy} />
      <ImportFileInput
        label={t('backupImport')}
        accept=".json,.csv,.zip,application/json,text/csv,application/zip"
        testId="import-input"
        disabled={busy}
        importing={importing}
        onFiles={(files) => void importFiles(files)}
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
