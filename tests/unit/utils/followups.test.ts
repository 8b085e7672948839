import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueAtOf,
  dueDay,
  dueStatus,
  effectiveRhythm,
  RHYTHM_CHOICES,
  spreadDue,
  mostUrgentFirst,
  urgency,
  type Schedulable,
} from '@/utils/followups';
import { DAY_MS, dayOf, startOfDay } from '@/utils/time';
import { JULY_OFFSETS, local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';

restoreTimeZoneAfterAll();
const ZONES = Object.keys(JULY_OFFSETS);

const isoDay = (day: number | null) => (day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10));

const person = (fields: Partial<Schedulable>): Schedulable => ({
  tags: [],
  lastContactAt: null,
  createdAt: local('2026-01-01'),
  followUpOn: null,
  snoozedUntil: null,
  ...fields,
});

describe.each(ZONES)('due days in %s', (zone) => {
  process.env.TZ = zone;
  const setZone = () => {
    process.env.TZ = zone;
  };

  it('is in force', () => {
    setZone();
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(JULY_OFFSETS[zone]);
  });

  it.each([
    ['across the March DST change', { lastContactAt: ['2026-03-01', '10:00'] }, 30, '2026-03-31'],
    ['across the autumn DST change', { lastContactAt: ['2026-10-20', '08:00'] }, 14, '2026-11-03'],
    ['late in the evening counts for that day', { lastContactAt: ['2026-04-04', '23:30'] }, 7, '2026-04-11'],
    ['just after midnight counts for that day', { lastContactAt: ['2026-04-05', '00:15'] }, 7, '2026-04-12'],
    ['over a month end', { lastContactAt: ['2026-01-31', '12:00'] }, 30, '2026-03-02'],
    ['into a leap day', { lastContactAt: ['2028-02-28', '12:00'] }, 1, '2028-02-29'],
    ['a year from a leap day', { lastContactAt: ['2028-02-29', '12:00'] }, 365, '2029-02-28'],
    ['never contacted: one cadence after being added', { createdAt: ['2026-11-01', '18:00'] }, 30, '2026-12-01'],
    ['no cadence, nothing due', { lastContactAt: ['2026-11-01', '18:00'] }, null, null],
  ])('%s', (_, fields, cadence, expected) => {
    setZone();
    const times = Object.fromEntries(Object.entries(fields).map(([key, [date, time]]) => [key, local(date, time)]));
    expect(isoDay(dueDay(person(times), cadence))).toBe(expected);
  });

  it('lets an explicit follow-up after the last contact override the cadence, and forgets it once contacted', () => {
    setZone();
    const planned = person({ lastContactAt: local('2026-11-01'), followUpOn: local('2026-11-10') });
    expect(isoDay(dueDay(planned, 90))).toBe('2026-11-10');
    const contactedSince = { ...planned, lastContactAt: local('2026-11-12') };
    expect(isoDay(dueDay(contactedSince, 90))).toBe('2027-02-10');
    expect(isoDay(dueDay({ ...planned, lastContactAt: null }, null))).toBe('2026-11-10');
  });

  it('snoozes to a later day, never an earlier one', () => {
    setZone();
    const due = person({ lastContactAt: local('2026-10-01') }); // due 2026-10-31
    expect(isoDay(dueDay({ ...due, snoozedUntil: local('2026-11-07') }, 30))).toBe('2026-11-07');
    expect(isoDay(dueDay({ ...due, snoozedUntil: local('2026-10-05') }, 30))).toBe('2026-10-31');
  });

  it('starts every day of the year on that day, DST days included', () => {
    setZone();
    for (let day = dayOf(local('2026-01-01')); day <= dayOf(local('2026-12-31')); day++) {
      expect(dayOf(startOfDay(day))).toBe(day);
      expect(startOfDay(day)).toBeLessThanOrEqual(local(isoDay(day)!, '00:59'));
    }
  });

  it('tells due status by calendar day', () => {
    setZone();
    const now = local('2026-11-23', '09:00');
    expect(dueStatus(startOfDay(dayOf(local('2026-11-28'))), now)).toEqual({ kind: 'upcoming', days: 5 });
    expect(dueStatus(startOfDay(dayOf(now)), now)).toEqual({ kind: 'today' });
    expect(dueStatus(startOfDay(dayOf(local('2026-11-02'))), now)).toEqual({ kind: 'overdue', days: 21 });
    expect(dueStatus(null, now)).toEqual({ kind: 'none' });
  });
});

describe('cadence', () => {
  const settings = { defaultCadenceDays: 90, tagCadences: { Mentors: 30, 'former colleagues': 91 } };

  it.each([
    ['the person’s own', { cadenceDays: 14, tags: ['mentors'] }, 14, { from: 'contact' }],
    ['the person’s own "none"', { cadenceDays: null, tags: ['mentors'] }, null, { from: 'contact' }],
    [
      'the shortest of the tags’, any case',
      { tags: ['Former Colleagues', 'mentors'] },
      30,
      { from: 'tag', tag: 'mentors' },
    ],
    ['the default otherwise', { tags: ['designers'] }, 90, { from: 'default' }],
    // Imported with "no reminders until tagged or given a rhythm".
    [
      'none for an import left to its tags, untagged',
      { tags: [], cadenceFromTagsOnly: true as const },
      null,
      { from: 'tags-only' },
    ],
    [
      'none for it with a tag of no rhythm',
      { tags: ['designers'], cadenceFromTagsOnly: true as const },
      null,
      { from: 'tags-only' },
    ],
    [
      'the tag’s once it is tagged with a tier',
      { tags: ['mentors'], cadenceFromTagsOnly: true as const },
      30,
      { from: 'tag', tag: 'mentors' },
    ],
    [
      'its own once given one',
      { cadenceDays: 7, tags: [], cadenceFromTagsOnly: true as const },
      7,
      { from: 'contact' },
    ],
  ])('%s', (_, contact, days, source) => {
    expect(effectiveRhythm(contact, settings)).toEqual({ days, source });
  });

  it('gives the indexed dueAt as the first moment of the due day', () => {
    process.env.TZ = 'Europe/Helsinki';
    const contact = person({ lastContactAt: local('2026-03-01', '10:00'), tags: ['mentors'] });
    expect(dueAtOf(contact, settings)).toBe(local('2026-03-31', '00:00'));
    expect(dueAtOf({ ...contact, cadenceDays: null }, settings)).toBeNull();
  });
});

describe('spreading those due at once over the coming days', () => {
  const TODAY = 20_000;

  it.each([
    // due days (from today), over how many days: the day each gets (from today), or null to keep their own
    [[], 30, []],
    [[0], 30, [1]],
    [[-5, 40, -300, -20], 30, [3, null, 1, 2]],
    [[-1, -1, -1, 1, 1], 2, [1, 2, 2, null, null]],
    [[-10, -3, -7, -1], 7, [1, 3, 2, 4]],
  ])('due on %j, spread over %i days', (due, overDays, after) => {
    expect(
      spreadDue(
        due.map((days) => TODAY + days),
        overDays,
        TODAY,
      ),
    ).toEqual(after.map((days) => (days === null ? null : TODAY + days)));
  });

  /** People given one rhythm at once: how many days ago each was last in touch, and the rhythm. */
  const people = fc.record({
    silences: fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 300 }),
    rhythm: fc.constantFrom(...RHYTHM_CHOICES, 1, 3),
  });
  const spreadOf = ({ silences, rhythm }: { silences: number[]; rhythm: number }) => {
    const due = silences.map((silence) => TODAY - silence + rhythm);
    return { due, days: spreadDue(due, rhythm, TODAY) };
  };

  it('moves nobody who is not due yet, and everyone who is to a day within the rhythm', () => {
    fc.assert(
      fc.property(people, (given) => {
        const { due, days } = spreadOf(given);
        due.forEach((day, index) => {
          if (day > TODAY) expect(days[index]).toBeNull();
          else expect(days[index]).toSatisfy((spread: number) => spread > TODAY && spread <= TODAY + given.rhythm);
        });
      }),
    );
  });

  it('never puts a longer silence after a shorter one', () => {
    fc.assert(
      fc.property(people, (given) => {
        const { days } = spreadOf(given);
        given.silences.forEach((longer, i) =>
          given.silences.forEach((shorter, j) => {
            if (longer > shorter && days[i] !== null && days[j] !== null) expect(days[i]).toBeLessThanOrEqual(days[j]!);
          }),
        );
      }),
    );
  });

  it('fills no day past the daily share, counting those due on it by their own rhythm', () => {
    fc.assert(
      fc.property(people, (given) => {
        const { due, days } = spreadOf(given);
        const share = Math.ceil(due.length / given.rhythm);
        const perDay = new Map<number, number>();
        due.forEach((day, index) => {
          const on = days[index] ?? day;
          perDay.set(on, (perDay.get(on) ?? 0) + 1);
        });
        for (const day of days) if (day !== null) expect(perDay.get(day)).toBeLessThanOrEqual(share);
      }),
    );
  });
});

describe('ranking', () => {
  it('puts a weekly contact two weeks late before a yearly one two weeks late', () => {
    const now = Date.UTC(2026, 10, 23);
    const twoWeeksLate = now - 14 * DAY_MS;
    expect(urgency(twoWeeksLate, 7, now)).toBe(2);
    expect(urgency(twoWeeksLate, 7, now)).toBeGreaterThan(urgency(twoWeeksLate, 365, now));
  });

  it('lists everyone overdue before anyone due only today, however short their rhythm', () => {
    const today = dayOf(Date.UTC(2026, 11, 2, 12));
    const now = startOfDay(today) + 7.5 * 3_600_000; // half past seven in the morning
    const dueToday = { dueAt: startOfDay(today), cadenceDays: 10 };
    const dayLate = { dueAt: startOfDay(today - 1), cadenceDays: 90 };
    const monthLate = { dueAt: startOfDay(today - 30), cadenceDays: 90 };
    expect([dueToday, dayLate, monthLate].sort(mostUrgentFirst(now))).toEqual([monthLate, dayLate, dueToday]);
  });
});
