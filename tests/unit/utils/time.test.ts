import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  entryWhen,
  fromDateInput,
  fullDate,
  longDate,
  relativeDay,
  toDateInput,
} from '@/utils/time';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('relative days', () => {
  const now = at(2026, 11, 23, 9);
  it.each([
    [at(2026, 11, 23, 1), 'en', 'today'],
    [at(2026, 11, 22, 23), 'en', 'yesterday'],
    [at(2026, 11, 20), 'en', '3 days ago'],
    [at(2026, 11, 2), 'en', '3 weeks ago'],
    [at(2026, 8, 1), 'en', '4 months ago'], // 114 days: nearer four months than three
    [at(2026, 9, 26), 'en', '2 months ago'], // 58 days: not "last month"
    [at(2026, 10, 20), 'en', 'last month'],
    [at(2024, 11, 1), 'en', '2 years ago'],
    [at(2026, 11, 22), 'fi', 'eilen'],
    [at(2026, 11, 2), 'fi', '3 viikkoa sitten'],
  ])('%s in %s is %j', (then, locale, text) => expect(relativeDay(then, now, locale)).toBe(text));

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(at(2026, 11, 22, 23), at(2026, 11, 23, 1))).toBe(1);
    expect(calendarDaysBetween(at(2024, 2, 28), at(2024, 3, 1))).toBe(2); // leap day
  });
});

describe('date fields', () => {
  it('round-trips a local calendar day', () => {
    expect(toDateInput(fromDateInput('2026-03-29')!)).toBe('2026-03-29');
    expect(toDateInput(fromDateInput('2024-02-29')!)).toBe('2024-02-29');
  });
  it.each(['', '2026-02-30', '29.3.2026', '2026-13-01'])('refuses %j', (value) =>
    expect(fromDateInput(value)).toBeNull(),
  );
  it('writes the exact date in the person’s language', () => {
    expect(longDate(at(2026, 11, 20), 'en-GB')).toBe('20 November 2026');
    expect(longDate(at(2026, 11, 20), 'fi')).toBe('20. marraskuuta 2026');
  });
  it('writes a day in words, with its weekday', () => {
    expect(fullDate(at(2026, 7, 12), 'en-GB')).toBe('Sunday, 12 July 2026');
    expect(fullDate(at(2026, 7, 12), 'fi')).toBe('sunnuntai 12. heinäkuuta 2026');
  });
});

describe('when an entry happened', () => {
  it('says the time an entry was logged at', () => {
    expect(entryWhen(new Date(2026, 10, 20, 9, 41).getTime(), 'en-GB')).toBe('20 Nov 2026, 09:41');
  });
  it('says only the day of an entry whose day was typed (kept as its noon), not a made-up 12:00', () => {
    expect(entryWhen(fromDateInput('2026-11-20')!, 'en-GB')).toBe('20 Nov 2026');
    expect(entryWhen(fromDateInput('2026-11-20')!, 'fi')).toBe('20.11.2026');
  });
});
