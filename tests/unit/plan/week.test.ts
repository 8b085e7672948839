import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '@/utils/time';
import { firstDayOfWeek, monthOf, weekdayOf, weekOf, weeksOf, type Weekday } from '@/utils/plan/week';
import { JULY_OFFSETS, local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';

restoreTimeZoneAfterAll();
const ZONES = Object.keys(JULY_OFFSETS);
const MONDAY = 1;
const SUNDAY = 7;

describe('the first day of the week', () => {
  it.each([
    ['en-US', SUNDAY],
    ['fi-FI', MONDAY],
    ['fi', MONDAY],
    ['en-GB', MONDAY],
    ['ar-EG', 6],
    ['not a locale!', MONDAY],
  ])('%s starts weeks on day %i', (locale, weekday) => expect(firstDayOfWeek(locale)).toBe(weekday));
});

describe.each(ZONES)('weeks in %s', (zone) => {
  process.env.TZ = zone;
  const setZone = () => {
    process.env.TZ = zone;
  };

  it('is in force', () => {
    setZone();
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(JULY_OFFSETS[zone]);
  });

  it.each([
    ['a Wednesday, US', '2026-12-02', '12:00', SUNDAY, '2026-11-29'],
    ['a Wednesday, Finland', '2026-12-02', '12:00', MONDAY, '2026-11-30'],
    ['Sunday night in Finland ends the week', '2026-11-29', '23:59', MONDAY, '2026-11-23'],
    ['Sunday just after midnight in the US starts one', '2026-11-29', '00:00', SUNDAY, '2026-11-29'],
    ['Monday just after midnight in Finland starts one', '2026-11-30', '00:00', MONDAY, '2026-11-30'],
    ['New Year’s Day in the week it shares with December', '2027-01-01', '12:00', MONDAY, '2026-12-28'],
    ['New Year’s Day, US', '2027-01-01', '12:00', SUNDAY, '2026-12-27'],
  ])('%s', (_, date, time, firstDay, id) => {
    setZone();
    expect(weekOf(local(date, time), firstDay as Weekday).id).toBe(id);
  });

  it.each([
    ['Helsinki’s spring change', '2026-03-25', MONDAY, '2026-03-23', '2026-03-30'],
    ['New York’s spring change', '2026-03-10', SUNDAY, '2026-03-08', '2026-03-15'],
    ['Auckland’s autumn change', '2026-04-01', MONDAY, '2026-03-30', '2026-04-06'],
    ['Helsinki’s autumn change', '2026-10-21', MONDAY, '2026-10-19', '2026-10-26'],
  ])('a week over %s runs midnight to midnight, seven days', (_, date, firstDay, start, next) => {
    setZone();
    const week = weekOf(local(date), firstDay as Weekday);
    expect(week).toMatchObject({ id: start, startsAt: local(start, '00:00'), endsAt: local(next, '00:00') });
    expect(week.lastDay - week.firstDay).toBe(6);
    expect(weekOf(week.endsAt - 1, firstDay as Weekday).id).toBe(start);
    expect(weekOf(week.endsAt, firstDay as Weekday).id).toBe(next);
  });

  it('holds every time of 2020–2030 inside its week, which starts on the asked weekday', () => {
    setZone();
    fc.assert(
      fc.property(
        fc.integer({ min: local('2020-01-01'), max: local('2030-12-31') }),
        fc.integer({ min: 1, max: 7 }),
        (time, firstDay) => {
          const week = weekOf(time, firstDay as Weekday);
          expect(week.startsAt).toBeLessThanOrEqual(time);
          expect(time).toBeLessThan(week.endsAt);
          expect(weekdayOf(week.firstDay)).toBe(firstDay);
          expect(dayOf(week.startsAt)).toBe(week.firstDay);
          expect(dayOf(week.endsAt)).toBe(week.lastDay + 1);
        },
      ),
    );
  });

  it('gives the month a time is in, leap days included', () => {
    setZone();
    expect(monthOf(local('2026-11-30', '23:59'))).toMatchObject({
      id: '2026-11',
      startsAt: local('2026-11-01', '00:00'),
      endsAt: local('2026-12-01', '00:00'),
    });
    const february = monthOf(local('2028-02-10'));
    expect(february.lastDay - february.firstDay + 1).toBe(29);
  });

  it('lists the weeks a month has days in', () => {
    setZone();
    const november = monthOf(local('2026-11-15'));
    expect(weeksOf(november, MONDAY).map((week) => week.id)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(weeksOf(november, SUNDAY).map((week) => week.id)).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-29',
    ]);
  });
});
