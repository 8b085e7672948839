/**
 * The dates of LinkedIn's export files, each file its own way. Pure. Times that say UTC are UTC; the others
 * (invitations, recommendations) are the member's local time as LinkedIn wrote them, read here as local.
 */

/** The first moment (UTC) of each day seen, or null for a day that does not exist: messages share few days. */
const utcDays = new Map<string, number | null>();

/** "2026-03-11 09:15:40 UTC" (messages.csv; older exports also "2024-01-15" alone), or null. */
export function parseMessageDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(?:UTC|Z)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '12', minute = '0', second = '0'] = match;
  const date = `${year}-${month}-${day}`;
  let start = utcDays.get(date);
  if (start === undefined) {
    start = checkedUtc(+year!, +month! - 1, +day!, 0, 0, 0);
    if (utcDays.size > 100_000) utcDays.clear();
    utcDays.set(date, start);
  }
  if (start === null || +hour >= 24 || +minute >= 60 || +second >= 60) return null;
  return start + ((+hour * 60 + +minute) * 60 + +second) * 1000;
}

/** "2020/05/12 08:25:59 UTC" (the endorsement files), or null. */
export function parseEndorsementDate(value: string): number | null {
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?\s*(?:UTC)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '12', minute = '0', second = '0'] = match;
  return checkedUtc(+year!, +month! - 1, +day!, +hour, +minute, +second);
}

/**
 * "3/2/26, 10:04 AM" (Invitations.csv: month, day, two-digit year, then the time), "01/19/13, 12:10 AM" or "1/1/23"
 * (the recommendation files), as local time; null for anything else.
 */
export function parseUsShortDate(value: string): number | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm]))?$/.exec(value.trim());
  if (!match) return null;
  const [, month, day, yearText, hourText, minute = '0', half] = match;
  const year = yearText!.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  let hour = hourText === undefined ? 12 : Number(hourText) % 12;
  if (half?.toUpperCase() === 'PM') hour += 12;
  const date = new Date(year, Number(month) - 1, Number(day), hour, Number(minute));
  return date.getMonth() === Number(month) - 1 && date.getDate() === Number(day) ? date.getTime() : null;
}

function checkedUtc(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  const time = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(time);
  return date.getUTCMonth() === month && date.getUTCDate() === day && hour < 24 ? time : null;
}

/**
 * A local reading (parseUsShortDate) as the date and time it was written, the same number in every time zone:
 * what an entry's id is made of, so that a computer elsewhere (or a laptop that travelled) names it the same.
 */
export function asWritten(localTime: number): number {
  return localTime - new Date(localTime).getTimezoneOffset() * 60_000;
}
