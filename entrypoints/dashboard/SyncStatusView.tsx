/** How sync stands, on the Sync page: on or off, the sync under way or the last one, what was set aside, errors. */
import { ProgressBar } from '@/components/ProgressBar';
import type { SyncStatus } from '@/utils/db/sync-state';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { shortDateTime } from '@/utils/time';
import { describeProblem, describeProgress } from './sync-words';

interface Props {
  status: SyncStatus;
  onStop: () => void;
}

/** The last sync in words: what it sent and received, or that nothing was new. */
function lastSync(status: SyncStatus, locale: string): string {
  if (!status.last || status.lastSyncAt === null) return t('syncNever');
  const when = shortDateTime(status.lastSyncAt, locale);
  if (status.last.sent + status.last.received === 0) return t('syncLastNothingNew', when);
  const numbers = new Intl.NumberFormat(locale);
  return t('syncLast', when, numbers.format(status.last.sent), numbers.format(status.last.received));
}

export function SyncStatusView({ status, onStop }: Props) {
  return (
    <div data-testid="sync-status" role="status" class="sync-status">
      {!status.enabled && <p>{t('syncOff')}</p>}
      {status.enabled && (
        <>
          <p>{t('syncOnWith', status.url, status.username)}</p>
          {status.running ? (
            <ProgressBar
              testId="sync-progress"
              label={describeProgress(status.progress)}
              done={status.progress?.done}
              total={status.progress?.total}
              onCancel={onStop}
              cancelLabel={t('syncStop')}
            />
          ) : (
            <p>{lastSync(status, uiLocale())}</p>
          )}
        </>
      )}
      {status.enabled && status.setAside > 0 && (
        <p class="warning" data-testid="sync-set-aside">
          {tPlural('syncSetAside', status.setAside)}
        </p>
      )}
      {status.error?.code === 'cancelled' && <p class="muted">{t('syncStopped')}</p>}
      {status.error && status.error.code !== 'cancelled' && (
        <p class="error" role="alert" data-testid="sync-error">
          {describeProblem(status.error, status.url, status.enabled)}
        </p>
      )}
    </div>
  );
}
