/** The Sync page's words for how sync stands: a problem, and the progress of a sync under way. */
import type { SyncStatus } from '@/utils/db/sync-state';
import { t, uiLocale } from '@/utils/i18n';
import { WEB_PAGE } from '@/utils/sync/errors';
import type { SyncProgress } from '@/utils/sync/run';

/** A problem in plain words; `enabled`: sync that is on tries again by itself, and says so. */
export function describeProblem(
  { code, detail }: NonNullable<SyncStatus['error']>,
  url: string,
  enabled: boolean,
): string {
  switch (code) {
    case 'wrong-password':
      return t('syncErrorWrongPassword');
    case 'unreachable':
      // Only sync that is on tries again by itself.
      return enabled ? `${t('syncErrorUnreachable')} ${t('syncRetriesLater')}` : t('syncErrorUnreachable');
    case 'not-couchdb': {
      // A Wi-Fi login page goes away once the user logs in: sync that is on tries again by itself.
      const words = detail.startsWith(WEB_PAGE) ? t('syncErrorWebPage') : t('syncErrorNotCouchDb');
      return enabled ? `${words} ${t('syncRetriesLater')}` : words;
    }
    case 'no-database':
      return t('syncErrorNoDatabase');
    case 'wrong-passphrase':
      return t('syncErrorWrongPassphrase');
    case 'newer-format':
      return t('syncErrorNewerFormat');
    case 'meta-missing':
      return t('syncErrorMetaMissing');
    case 'server':
      return t('syncErrorServer', detail);
    case 'no-permission':
      return t('syncErrorPermission', new URL(url).host);
    case 'storage-full':
      return t('errorStorageFull');
    case 'failed':
      return t('errorFailed', detail);
    case 'cancelled':
      return t('syncStopped');
  }
}

/** A sync under way in words: its phase, and how far it is. */
export function describeProgress(progress: SyncProgress | null): string {
  if (!progress) return t('syncStarting');
  const numbers = new Intl.NumberFormat(uiLocale());
  const count =
    progress.total === undefined
      ? numbers.format(progress.done)
      : t('countOf', numbers.format(progress.done), numbers.format(progress.total));
  const words = { sending: 'syncSending', pushing: 'syncPushing', pulling: 'syncPulling', receiving: 'syncReceiving' };
  return t(words[progress.phase] as 'syncSending', count);
}
