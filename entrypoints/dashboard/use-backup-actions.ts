/**
 * What the Backups page's buttons do: export a JSON backup or a CSV, import a file (with the reminders chosen
 * for its people), or delete everything; one at a time, with what happened to show.
 */
import { useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { describeProblem } from '@/components/import-words';
import type { ImportUnderWay } from '@/components/ImportFileInput';
import type { ImportedOutcome } from '@/components/ImportResult';
import { backupFileName } from '@/utils/backup/file-name';
import { contactsToCsv, type CsvColumn } from '@/utils/contacts-csv';
import { spreadsheetDelimiter } from '@/utils/csv';
import { exportBackup } from '@/utils/db/backup/export';
import { t, tPlural, uiLocale, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { sendImport } from '@/utils/send-import';
import { db } from './database';
import { NO_REMINDERS, reminderChoice } from '@/components/ImportReminders';

const CSV_COLUMN_WORDS: Record<CsvColumn, MessageKey> = {
  name: 'csvColumnName',
  headline: 'csvColumnHeadline',
  company: 'csvColumnCompany',
  location: 'csvColumnLocation',
  email: 'csvColumnEmail',
  tags: 'csvColumnTags',
  lastContact: 'csvColumnLastContact',
  nextDue: 'csvColumnNextDue',
  connectedOn: 'csvColumnConnectedOn',
  profileUrl: 'csvColumnProfileUrl',
};

const csvColumnNames = () =>
  Object.fromEntries(Object.entries(CSV_COLUMN_WORDS).map(([column, key]) => [column, t(key)])) as Record<
    CsvColumn,
    string
  >;

/** Hands a file to the browser's downloads, as if the user saved a link. */
function download(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useBackupActions(contactCount: number) {
  const [outcome, setOutcome] = useState<ImportedOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** What the user did, said back: not a problem. */
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reminders, setReminders] = useState(NO_REMINDERS);
  const [keepTexts, setKeepTexts] = useState(false);
  const [importing, setImporting] = useState<ImportUnderWay | null>(null);
  const [exporting, setExporting] = useState(false);

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
      // In the person's language, cells separated as a spreadsheet in it expects them.
      const options = { delimiter: spreadsheetDelimiter(uiLocale()), columnNames: csvColumnNames() };
      download(contactsToCsv(await db.contacts.toArray(), options), backupFileName(Date.now(), 'csv'), 'text/csv');
    });

  const importFiles = (files: File[]) =>
    work(async () => {
      const choice = reminderChoice(reminders);
      if (!choice) return setProblem(t('importTierMissing'));
      const run = sendImport(files, choice, (progress) => setImporting({ run, progress }), { keepTexts });
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

  return {
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
  };
}
