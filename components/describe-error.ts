/** What to tell the person when a message to the background failed (panel and extension pages alike). */
import { MessageError } from '@/utils/messaging';
import { t } from '@/utils/i18n';

export function describeError(error: unknown): string {
  if (!(error instanceof MessageError)) return t('errorFailed', String(error));
  switch (error.code) {
    case 'unreachable':
      return t('errorUnreachable');
    case 'storage-full':
      return t('errorStorageFull');
    case 'not-found':
      return t('errorNotFound');
    default:
      return t('errorFailed', error.message);
  }
}
