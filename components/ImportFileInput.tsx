/**
 * Choosing a file to import, and the import's progress with its Cancel: the same on the Backups page and the
 * welcome page, which differ in what they accept and what they do with the file.
 */
import { describeProgress } from '@/components/import-words';
import { ProgressBar } from '@/components/ProgressBar';
import { t } from '@/utils/i18n';
import type { ImportProgress } from '@/utils/import-transfer';
import type { ImportRun } from '@/utils/send-import';

/** An import under way, and how far it has got (null until the background says). */
export type ImportUnderWay = { run: ImportRun; progress: ImportProgress | null };

interface Props {
  label: string;
  accept: string;
  testId: string;
  disabled: boolean;
  importing: ImportUnderWay | null;
  /** The files chosen: one, or several at once (the parts of LinkedIn's export). */
  onFiles: (files: File[]) => void;
}

export function ImportFileInput({ label, accept, testId, disabled, importing, onFiles }: Props) {
  return (
    <>
      <label class="file">
        <span>{label}</span>{' '}
        <input
          type="file"
          accept={accept}
          data-testid={testId}
          disabled={disabled}
          multiple
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            // Cleared, so that choosing the same file again imports it again.
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </label>
      {importing && (
        <ProgressBar
          testId="import-progress"
          label={importing.progress ? describeProgress(importing.progress) : t('working')}
          done={importing.progress?.done}
          total={importing.progress?.stage === 'reading' ? undefined : importing.progress?.total}
          onCancel={() => importing.run.cancel()}
          cancelLabel={t('importCancel')}
        />
      )}
    </>
  );
}
