/**
 * Imports run here, off the dashboard's main thread: reading and checking a backup of tens of megabytes, and
 * writing tens of thousands of records, never freeze the page. The worker is in the extension's origin and
 * opens the same database; the dashboard's live queries see what it wrote.
 */
import { importFile, type ReminderChoice } from '@/utils/db/backup-store';
import { ContactsDatabase } from '@/utils/db/database';
import { isQuotaError } from '@/utils/quota';

const db = new ContactsDatabase();

/** A failure as the page can show it (errors do not cross to the page whole): a full disk told apart. */
function failureOf(error: unknown): { kind: 'failed'; name: string; message: string } {
  const name = isQuotaError(error) ? 'QuotaExceededError' : 'Error';
  return { kind: 'failed', name, message: error instanceof Error ? error.message : String(error) };
}

self.onmessage = async (event: MessageEvent<{ file: File; reminders: ReminderChoice; now: number }>) => {
  try {
    const { file, reminders, now } = event.data;
    postMessage(await importFile(db, file, reminders, now));
  } catch (error) {
    postMessage(failureOf(error));
  }
};
