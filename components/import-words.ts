/** An import in words: how far it is, and why a file was refused (the dashboard's backups and the welcome page). */
import { BACKUP_LIMITS, type BackupProblem } from '@/utils/backup/file';
import { t, uiLocale } from '@/utils/i18n';
import { longDate } from '@/utils/time';
import type { ImportProgress } from '@/utils/import-transfer';
import type { ExportProblem } from '@/utils/db/backup/linkedin-export-files';

/** What an import is doing, in words with its counts. */
export function describeProgress(progress: ImportProgress): string {
  const numbers = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 });
  switch (progress.stage) {
    case 'reading':
      return t('progressReading');
    case 'writing':
      return t('progressWriting', numbers.format(progress.done), numbers.format(progress.total));
  }
}

/** Why the file was refused, with the numbers that matter. */
export function describeProblem(problem: BackupProblem | ExportProblem): string {
  const numbers = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 });
  const megabytes = (bytes: number) => numbers.format(bytes / 2 ** 20);
  switch (problem.kind) {
    case 'too-big':
      return t('importTooBig', megabytes(problem.bytes), megabytes(BACKUP_LIMITS.bytes));
    case 'too-many':
      return t(
        problem.what === 'contacts' ? 'importTooManyContacts' : 'importTooManyEntries',
        numbers.format(problem.count),
        numbers.format(problem.limit),
      );
    case 'not-json':
      return `${t('importNotJson')} ${t('importWhatIsExpected')}`;
    case 'not-ours':
      return `${t('importNotOurs')} ${t('importWhatIsExpected')}`;
    case 'empty':
      return `${t('importEmpty', problem.name)} ${t('importWhatIsExpected')}`;
    case 'unknown-version':
      return t('importUnknownVersion', problem.version);
    case 'bad-field':
      return t('importBadField', problem.path, problem.detail);
    case 'future-date':
      return t('importFutureDate', problem.who, longDate(problem.at, uiLocale()), problem.path);
    case 'duplicate':
      return t('importDuplicate', problem.key);
    case 'orphan':
      return t('importOrphan', problem.id);
    case 'unknown-file':
      return t('importUnknownFile');
    case 'zip-not-linkedin':
      return t('importZipNotLinkedIn', problem.name);
    case 'zip-damaged':
      return t('importZipDamaged', problem.name);
    case 'zip-too-large':
      return t('importZipTooLarge', problem.name, megabytes(problem.limit));
    case 'export-too-large':
      return t('importExportTooLarge', problem.name, megabytes(problem.limit));
    case 'export-columns':
      return t('importExportColumns', problem.file, problem.expected);
  }
}
