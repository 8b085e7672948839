import { describe, expect, it } from 'vitest';
import type { RhythmSettings } from '@/utils/followups';
import { monthlyReview, type MonthlyReviewInput } from '@/utils/plan/review';
import type { Weekday } from '@/utils/plan/week';
import { local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';
import { entry, goal, person } from '../../helpers/plan';
import { timelinesByPerson, type Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

restoreTimeZoneAfterAll();
const MONDAY: Weekday = 1;
const SETTINGS: RhythmSettings = { defaultCadenceDays: 90, tagCadences: { peers: 90, mentors: 30 } };

/** November 2026, reviewed on 3 December. */
function november(fields: Partial<MonthlyReviewInput> = {}): MonthlyReviewInput {
  const contacts: Summary[] = [
    person('aino', { tags: ['Mentors'], contactedAt: local('2026-12-02'), lastContactAt: local('2026-12-02') }),
    person('mikko', { tags: ['mentors'], lastContactAt: local('2026-11-30', '23:30') }),
    person('liisa', { tags: ['peers'], createdAt: local('2026-01-01') }), // never in touch: 333 days silent
    person('eeva', { tags: ['mentors'], lastContactAt: local('2026-09-01') }), // 90 days
    person('ville', { tags: ['mentors'], lastContactAt: local('2026-10-01') }), // 60 days
    person('ansa', { tags: ['mentors'], lastContactAt: local('2026-10-01') }), // 60 days
    person('pekka', { createdAt: local('2026-11-20') }),
    person('olli', { connectedAt: local('2026-11-03'), createdAt: local('2026-12-01') }), // imported later
    person('kaisa', { connectedAt: local('2024-05-01'), createdAt: local('2026-11-05') }), // an old connection
  ];
  const entries: Entry[] = [
    entry('aino', 'message', local('2026-10-31')), // October, though in the month's first week
    entry('aino', 'message', local('2026-11-02')),
    entry('aino', 'call', local('2026-11-02', '18:00')), // the same day: one contact
    entry('aino', 'meeting', local('2026-11-17')),
    entry('mikko', 'received_help', local('2026-11-30', '23:30')),
  ];
  return {
    contacts,
    timelines: timelinesByPerson(entries),
    goals: [],
    settings: SETTINGS,
    month: local('2026-11-15'),
    now: local('2026-12-03'),
    weekStartsOn: MONDAY,
    minutesPerWeek: 30,
    ...fields,
  };
}

describe.each(['Europe/Helsinki', 'Pacific/Auckland', 'America/New_York'])('the monthly review in %s', (zone) => {
  const setZone = () => {
    process.env.TZ = zone;
  };

  it('counts days in touch in each week, the month’s days only', () => {
    setZone();
    const review = monthlyReview(november());
    expect(review.month.id).toBe('2026-11');
    expect(review.weeks.map(({ week, contacts }) => [week.id, contacts])).toEqual([
      ['2026-10-26', 0],
      ['2026-11-02', 1],
      ['2026-11-09', 0],
      ['2026-11-16', 1],
      ['2026-11-23', 0],
      ['2026-11-30', 1],
    ]);
    expect(review.contactsMade).toBe(3);
    expect(monthlyReview(november({ weekStartsOn: 7 })).weeks.map(({ contacts }) => contacts)).toEqual([1, 0, 1, 0, 1]);
  });

  it('names who joined, by connection date when LinkedIn gave one', () => {
    setZone();
    expect(monthlyReview(november()).newPeople).toEqual(['olli', 'pekka']);
  });

  it('names who is drifting in each tier as the month ended, the most important tier first', () => {
    setZone();
    expect(monthlyReview(november()).drifting).toEqual([
      { tag: 'mentors', keys: ['eeva', 'ansa', 'ville'], total: 3 },
      { tag: 'peers', keys: ['liisa'], total: 1 },
    ]);
  });

  it('names as drifting in a past month someone silent then, though in touch since', () => {
    setZone();
    const emma = person('emma', {
      tags: ['mentors'],
      contactedAt: local('2026-12-02'),
      lastContactAt: local('2026-12-02'),
    });
    const review = monthlyReview(
      november({
        contacts: [emma, person('late', { tags: ['mentors'], createdAt: local('2026-12-01') })],
        timelines: timelinesByPerson([entry('emma', 'call', local('2026-09-03'))]),
      }),
    );
    // 88 days without contact as November ended; someone added in December was not there yet.
    expect(review.drifting).toEqual([{ tag: 'mentors', keys: ['emma'], total: 1 }]);
  });

  it('names a few in each tier, and says how many there are', () => {
    setZone();
    const many = Array.from({ length: 7 }, (_, index) =>
      person(`m${index}`, { tags: ['mentors'], lastContactAt: local('2026-09-01') - index * 86_400_000 }),
    );
    const [mentors] = monthlyReview(november({ contacts: many })).drifting;
    expect(mentors).toEqual({ tag: 'mentors', keys: ['m6', 'm5', 'm4', 'm3', 'm2'], total: 7 });
  });

  it('gives each goal active at the month’s end, as it stood then', () => {
    setZone();
    const goals = [
      goal({ id: 'weekly', measure: 'contacts', per: 'week', target: 2 }),
      goal({ id: 'monthly', measure: 'received-help', per: 'month', target: 1 }),
      goal({ id: 'archived', archived: true }),
      goal({ id: 'ended', deadline: local('2026-11-10') }),
      goal({ id: 'later', createdAt: local('2026-12-01') }),
    ];
    const review = monthlyReview(november({ goals }));
    expect(review.goals.map(({ goal: { id }, progress }) => [id, progress.done, progress.onTrack])).toEqual([
      ['weekly', 1, true], // Aino's contact on 2 December is after the month
      ['monthly', 1, true],
    ]);
  });

  it('weighs the time used against the budget', () => {
    setZone();
    expect(monthlyReview(november()).time).toEqual({ usedMinutes: 30, budgetMinutes: 129 });
    expect(monthlyReview(november({ minutesPerWeek: null })).time).toEqual({ usedMinutes: 30, budgetMinutes: null });
  });

  it('reviews the current month so far', () => {
    setZone();
    const review = monthlyReview(november({ now: local('2026-11-18'), goals: [goal({ target: 2 })] }));
    expect(review.weeks.map(({ contacts }) => contacts)).toEqual([0, 1, 0, 1, 0, 0]);
    expect(review.newPeople).toEqual(['olli']);
    expect(review.goals.map(({ progress }) => progress.done)).toEqual([1]);
    // Mikko's only contact came on the 30th: on the 18th, he had been silent since he was added.
    expect(review.drifting[0]).toEqual({ tag: 'mentors', keys: ['mikko', 'eeva', 'ansa', 'ville'], total: 4 });
  });
});
