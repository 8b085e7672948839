/** The name a backup (or the dashboard's CSV) is saved under. Pure. */

/** The backup's file name, with the local date: keep-in-touch-2026-11-23.json. */
export function backupFileName(now: number, extension: 'json' | 'csv'): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `keep-in-touch-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
