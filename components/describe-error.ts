/**
 * What to tell the person when something failed: a message to the background (panel and extension pages
 * alike), or the dashboard's own database work (a full disk is said as such there too).
 */
import { MessageError } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { isQuotaError } from '@/utils/quota';

export function describeError(error: unknown): string {
  if (isQuotaError(error)) return t('errorStorageFull');
  if (!(error instanceof MessageError)) return t('errorFailed', String(error));
  switch (error.code) {
    case 'unreachable':
      return t('errorUnreachable');
    case 'storage-full':
      return t('errorStorageFull');
    case 'unavailable':
      return t('errorUnavailable', error.message);
    case 'not-found':
      return t('errorNotFound');
    default:
      return t('errorFailed', error.message);
  }
}
