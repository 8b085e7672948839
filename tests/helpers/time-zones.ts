/**
 * Time zones for tests of local calendar days, and a way to be in one. Node re-reads TZ when it is assigned, so
 * a test sets `process.env.TZ` and checks the zone is in force by its July offset.
 */
import { afterAll } from 'vitest';

/**
 * Zones with DST north (changes on 2026-03-29 and 2026-10-25 in Helsinki, 2026-03-08 and 2026-11-01 in New
 * York) and south (Auckland: 2026-04-05 and 2026-09-27), a half-hour offset, none, and the earliest (Kiritimati,
 * UTC+14) and latest (Pago Pago, UTC−11) days on Earth; each with its UTC offset in July, in minutes, as
 * getTimezoneOffset gives it.
 */
export const JULY_OFFSETS: Readonly<Record<string, number>> = {
  'Europe/Helsinki': -180,
  'America/New_York': 240,
  'Pacific/Auckland': -720,
  'Asia/Kolkata': -330,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
  UTC: 0,
};

/** Puts the process's time zone back after the file's tests, whichever zones they set. */
export function restoreTimeZoneAfterAll(): void {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
}

/** A local time (`2026-03-29`, `02:30`) in the zone in force. */
export function local(date: string, time = '12:00'): number {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min).getTime();
}
