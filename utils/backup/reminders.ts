/** When the dashboard reminds the user to back up. Pure. */

const MONTH_MS = 30 * 86_400_000;

/**
 * Whether to remind the user to back up: they have had data for over a month, and their last backup (if any)
 * is over a month old.
 */
export function backupReminderDue(lastBackupAt: number | null, oldestRecordAt: number | null, now: number): boolean {
  if (oldestRecordAt === null || now - oldestRecordAt < MONTH_MS) return false;
  return lastBackupAt === null || now - lastBackupAt > MONTH_MS;
}
