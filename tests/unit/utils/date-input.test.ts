import { describe, expect, it } from 'vitest';
import {
  assertWithinBound,
  BOUND_SLACK_MS,
  dateInputOfDay,
  DateOutOfBoundsError,
  readDateField,
  type DateBound,
} from '@/utils/date-input';
import { DAY_MS } from '@/utils/time';
import { JULY_OFFSETS, local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';

restoreTimeZoneAfterAll();

/** The calendar day of an ISO date, as utils/time.ts counts days. */
const calendarDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

describe.each(Object.keys(JULY_OFFSETS))('reading a date field in %s', (zone) => {
  const setZone = () => {
    process.env.TZ = zone;
  };

  it('is in force', () => {
    setZone();
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(JULY_OFFSETS[zone]);
  });

  it.each<[string, string, string, DateBound, ReturnType<typeof readDateField>['kind'], string?]>([
    // what, the field's value, now (local date and time), the bound, what it reads as, and why not
    ['today, just after midnight', '2026-11-23', '2026-11-23 00:01', 'not-future', 'day'],
    ['today, just before midnight', '2026-11-23', '2026-11-23 23:59', 'not-future', 'day'],
    ['tomorrow, just before midnight', '2026-11-24', '2026-11-23 23:59', 'not-future', 'refused', 'future'],
    ['a follow-up today, just before midnight', '2026-11-23', '2026-11-23 23:59', 'not-past', 'day'],
    ['a follow-up yesterday, just after midnight', '2026-11-22', '2026-11-23 00:01', 'not-past', 'refused', 'past'],
    ['the day after a month end', '2026-02-01', '2026-01-31 23:30', 'not-future', 'refused', 'future'],
    ['a month end, for a follow-up', '2026-01-31', '2026-01-31 23:30', 'not-past', 'day'],
    ['New Year’s Day, on New Year’s Eve', '2027-01-01', '2026-12-31 23:59', 'not-future', 'refused', 'future'],
    ['New Year’s Eve, on New Year’s Day', '2026-12-31', '2027-01-01 00:00', 'not-past', 'refused', 'past'],
    ['a leap day, on it', '2028-02-29', '2028-02-29 23:59', 'not-future', 'day'],
    ['the day after a leap day', '2028-03-01', '2028-02-29 23:59', 'not-future', 'refused', 'future'],
    ['the spring DST day, early', '2026-03-29', '2026-03-29 00:30', 'not-future', 'day'],
    ['the day after the spring DST day', '2026-03-30', '2026-03-29 23:30', 'not-future', 'refused', 'future'],
    ['the autumn DST day, late', '2026-10-25', '2026-10-25 23:30', 'not-past', 'day'],
    ['the day before the autumn DST day', '2026-10-24', '2026-10-25 00:30', 'not-past', 'refused', 'past'],
    ['a day long past', '1999-12-31', '2026-11-23 12:00', 'not-future', 'day'],
    ['a follow-up years ahead', '2031-06-15', '2026-11-23 12:00', 'not-past', 'day'],
    ['a year typed short (26)', '0026-10-05', '2026-11-23 12:00', 'not-future', 'refused', 'year'],
    ['a year still being typed (202)', '0202-10-05', '2026-11-23 12:00', 'not-past', 'refused', 'year'],
    ['a year typed long', '20260-10-05', '2026-11-23 12:00', 'not-past', 'refused', 'year'],
    ['no 29 February in 2027', '2027-02-29', '2027-03-01 12:00', 'not-future', 'refused', 'incomplete'],
    ['no 31 April', '2026-04-31', '2026-05-01 12:00', 'not-future', 'refused', 'incomplete'],
  ])('%s: %s at %s (%s) reads as %s %s', (_, value, now, bound, kind, problem) => {
    setZone();
    const [date, time] = now.split(' ');
    const reading = readDateField(value, false, bound, local(date, time));
    expect(reading.kind).toBe(kind);
    if (reading.kind === 'day') expect(reading.day).toBe(calendarDay(value));
    if (reading.kind === 'refused') expect(reading.problem).toBe(problem);
  });

  it('names the refused day, for the message', () => {
    setZone();
    expect(readDateField('2026-11-25', false, 'not-future', local('2026-11-23'))).toEqual({
      kind: 'refused',
      problem: 'future',
      day: calendarDay('2026-11-25'),
    });
  });

  it.each(['2026-03-29', '2026-10-25', '2028-02-29', '2026-12-31', '2027-01-01'])(
    'writes the day %s back as it was read',
    (value) => {
      setZone();
      const reading = readDateField(value, false, 'not-future', local('2030-01-01'));
      expect(reading.kind === 'day' && dateInputOfDay(reading.day)).toBe(value);
    },
  );
});

describe('what is not a day', () => {
  const now = Date.UTC(2026, 10, 23, 10);
  it('is incomplete while some parts are typed and others not (the browser reports an empty value)', () => {
    expect(readDateField('', true, 'not-future', now)).toEqual({ kind: 'refused', problem: 'incomplete' });
  });
  it('is empty when nothing is typed', () => {
    expect(readDateField('', false, 'not-past', now)).toEqual({ kind: 'empty' });
  });
});

describe.each(Object.keys(JULY_OFFSETS))('the background’s bounds in %s', (zone) => {
  const setZone = () => {
    process.env.TZ = zone;
  };
  const noon = (date: string) => local(date, '12:00');

  it.each<[string, string, string, DateBound, boolean]>([
    // what the panel sends (a day's local noon), now (local), the bound, accepted
    ['today’s noon, just after midnight', '2026-11-23', '2026-11-23 00:01', 'not-future', true],
    ['today’s noon, just after midnight on the autumn DST day', '2026-10-25', '2026-10-25 00:01', 'not-future', true],
    ['a follow-up on today’s noon, just before midnight', '2026-11-23', '2026-11-23 23:59', 'not-past', true],
    ['tomorrow’s noon, in the morning', '2026-11-24', '2026-11-23 09:00', 'not-future', false],
    ['a follow-up on yesterday’s noon, in the evening', '2026-11-22', '2026-11-23 18:00', 'not-past', false],
    ['next year', '2027-11-23', '2026-11-23 12:00', 'not-future', false],
    // The slack's price: near midnight, the next (or previous) day's noon is within 14 hours.
    ['tomorrow’s noon, just before midnight', '2026-11-24', '2026-11-23 23:59', 'not-future', true],
    ['a follow-up on yesterday’s noon, just after midnight', '2026-11-22', '2026-11-23 00:01', 'not-past', true],
  ])('%s (%s at %s, %s): accepted %s', (_, day, now, bound, accepted) => {
    setZone();
    const [date, time] = now.split(' ');
    const check = () => assertWithinBound('It', noon(day), bound, local(date, time));
    if (accepted) expect(check).not.toThrow();
    else expect(check).toThrow(DateOutOfBoundsError);
  });
});

describe('the background’s bounds', () => {
  const now = Date.UTC(2026, 10, 23, 10);
  it.each<[number | null | undefined, DateBound, boolean]>([
    [null, 'not-future', true], // clearing
    [undefined, 'not-past', true], // not in the patch
    [now + BOUND_SLACK_MS, 'not-future', true],
    [now + BOUND_SLACK_MS + 1, 'not-future', false],
    [now - BOUND_SLACK_MS, 'not-past', true],
    [now - BOUND_SLACK_MS - 1, 'not-past', false],
  ])('%s, %s: accepted %s', (time, bound, accepted) => {
    const check = () => assertWithinBound('It', time, bound, now);
    if (accepted) expect(check).not.toThrow();
    else expect(check).toThrow('It cannot be in the');
  });
});
