import { describe, expect, it } from 'vitest';
import { GoalSchema } from '@/utils/plan/goal-schema';
import { goalMembers, goalProgress, isActiveGoal, type Goal } from '@/utils/plan/goals';
import type { Weekday } from '@/utils/plan/week';
import { local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';
import { entry, goal, person } from '../../helpers/plan';
import { timelinesByPerson, type Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

restoreTimeZoneAfterAll();
const MONDAY: Weekday = 1;
const SUNDAY: Weekday = 7;

/**
 * Wednesday 2026-11-25. Aino and Mikko are mentors (tagged in different case), Liisa a peer. The Finnish week is
 * Mon 23 – Sun 29 November; the US week Sun 22 – Sat 28.
 */
function network(): { contacts: Summary[]; timelines: Map<string, Entry[]>; now: number } {
  const contacts = [
    person('aino', { tags: ['Mentors'], connectedAt: local('2019-05-01'), createdAt: local('2026-11-02') }),
    person('mikko', { tags: ['mentors'], contactedAt: local('2026-11-24', '08:00'), createdAt: local('2026-11-10') }),
    person('liisa', { tags: ['peers'], createdAt: local('2026-11-12') }),
  ];
  const entries = [
    entry('aino', 'message', local('2026-11-23', '10:00')),
    entry('aino', 'call', local('2026-11-23', '15:00')), // the same day: one contact
    entry('aino', 'note', local('2026-11-24')), // a private note is no contact
    entry('aino', 'company_change', local('2026-11-24')), // nor a change the extension noticed
    entry('aino', 'gave_help', local('2026-11-22', '23:30')), // Sunday night: the US week, not the Finnish one
    entry('mikko', 'meeting', local('2026-11-16')), // last week
    entry('mikko', 'received_help', local('2026-11-16')),
    entry('mikko', 'received_help', local('2026-11-24')),
    entry('liisa', 'message', local('2026-11-24')), // not a mentor
    entry('liisa', 'event', local('2026-11-24')),
  ];
  return { contacts, timelines: timelinesByPerson(entries), now: local('2026-11-25', '12:00') };
}

describe.each(['Europe/Helsinki', 'Pacific/Auckland', 'America/New_York'])('goal progress in %s', (zone) => {
  const setZone = () => {
    process.env.TZ = zone;
  };

  it('finds the members by tag ignoring case, or by key, leaving out people no longer there', () => {
    setZone();
    const { contacts } = network();
    const keys = (who: Goal['who']) => goalMembers(goal({ who }), contacts).map((member) => member.key);
    expect(keys({ kind: 'tag', tag: 'MENTORS' })).toEqual(['aino', 'mikko']);
    expect(keys({ kind: 'people', keys: ['liisa', 'deleted-person'] })).toEqual(['liisa']);
  });

  it.each<[string, Partial<Goal>, Weekday, number]>([
    ['days in touch this week, once a day, the user’s own date too', { measure: 'contacts' }, MONDAY, 2],
    ['days in touch in a US week, from Sunday, help counting as contact', { measure: 'contacts' }, SUNDAY, 3],
    ['days in touch this month', { measure: 'contacts', per: 'month' }, MONDAY, 4],
    ['meetings, calls and events this week', { measure: 'meetings' }, MONDAY, 1],
    ['meetings, calls and events this month', { measure: 'meetings', per: 'month' }, MONDAY, 2],
    ['help given this week, Finland', { measure: 'gave-help' }, MONDAY, 0],
    ['help given this week, US', { measure: 'gave-help' }, SUNDAY, 1],
    ['help received this week', { measure: 'received-help' }, MONDAY, 1],
    ['help received this month', { measure: 'received-help', per: 'month' }, MONDAY, 2],
    ['people who joined this month, by connection date when known', { measure: 'new-people', per: 'month' }, MONDAY, 1],
    ['everyone’s events, by key', { measure: 'meetings', who: { kind: 'people', keys: ['liisa'] } }, MONDAY, 1],
  ])('counts %s', (_, fields, weekStartsOn, done) => {
    setZone();
    const { contacts, timelines, now } = network();
    expect(goalProgress(goal(fields), contacts, timelines, now, weekStartsOn)).toMatchObject({ done });
  });

  it('counts from the goal’s creation to its deadline, both days whole', () => {
    setZone();
    const { contacts, timelines, now } = network();
    const byDeadline = goal({
      measure: 'received-help',
      per: null,
      createdAt: local('2026-11-20', '18:00'),
      deadline: local('2026-12-31'),
    });
    expect(goalProgress(byDeadline, contacts, timelines, now, MONDAY)).toEqual({
      done: 1,
      target: 2,
      periodStart: local('2026-11-20', '00:00'),
      periodEnd: local('2027-01-01', '00:00'),
      onTrack: true,
    });
  });

  it('gives the period it counts', () => {
    setZone();
    const { contacts, timelines, now } = network();
    expect(goalProgress(goal(), contacts, timelines, now, MONDAY)).toMatchObject({
      periodStart: local('2026-11-23', '00:00'),
      periodEnd: local('2026-11-30', '00:00'),
    });
    expect(goalProgress(goal({ per: 'month' }), contacts, timelines, now, MONDAY)).toMatchObject({
      periodStart: local('2026-11-01', '00:00'),
      periodEnd: local('2026-12-01', '00:00'),
    });
  });
});

describe('keeping pace', () => {
  process.env.TZ = 'Europe/Helsinki';
  const setZone = () => {
    process.env.TZ = 'Europe/Helsinki';
  };

  /** Progress of a weekly goal of `target` contacts on `date`, with Aino contacted on `contactDays`. */
  const weekly = (target: number, date: string, contactDays: string[]) => {
    const contacts = [person('aino', { tags: ['mentors'] })];
    const timelines = timelinesByPerson(contactDays.map((day) => entry('aino', 'message', local(day))));
    return goalProgress(goal({ target }), contacts, timelines, local(date), MONDAY);
  };

  it.each([
    ['nothing yet on the first day is on track', 7, '2026-11-23', [], true],
    ['on Wednesday, a week’s 7 need 2 already', 7, '2026-11-25', ['2026-11-23'], false],
    ['on Wednesday, 2 of 7 is on track', 7, '2026-11-25', ['2026-11-23', '2026-11-24'], true],
    ['on Sunday, 3 of 3 is on track', 3, '2026-11-29', ['2026-11-23', '2026-11-24', '2026-11-25'], true],
    ['on Sunday, 1 of 3 is behind', 3, '2026-11-29', ['2026-11-23'], false],
  ])('%s', (_, target, date, days, onTrack) => {
    setZone();
    expect(weekly(target, date, days).onTrack).toBe(onTrack);
  });

  it('counts up to the day asked about, not later in the period', () => {
    setZone();
    expect(weekly(3, '2026-11-24', ['2026-11-23', '2026-11-26'])).toMatchObject({ done: 1 });
  });

  it('wants the whole target once the deadline is past, and sets no pace without one', () => {
    setZone();
    const contacts = [person('aino', { tags: ['mentors'] })];
    const timelines = timelinesByPerson([entry('aino', 'message', local('2026-11-24'))]);
    const byDeadline = goal({ per: null, createdAt: local('2026-11-01'), deadline: local('2026-11-20') });
    const now = local('2026-11-25');
    expect(goalProgress(byDeadline, contacts, timelines, now, MONDAY)).toMatchObject({ done: 0, onTrack: false });
    const open = goal({ per: null, createdAt: local('2026-11-01'), target: 50 });
    expect(goalProgress(open, contacts, timelines, now, MONDAY)).toMatchObject({
      done: 1,
      periodEnd: null,
      onTrack: true,
    });
  });

  it('keeps a goal active through its deadline day, and not when archived', () => {
    setZone();
    const deadline = local('2026-11-25', '12:00');
    expect(isActiveGoal(goal({ deadline }), local('2026-11-25', '23:59'))).toBe(true);
    expect(isActiveGoal(goal({ deadline }), local('2026-11-26', '00:00'))).toBe(false);
    expect(isActiveGoal(goal({ archived: true }), local('2026-11-25'))).toBe(false);
  });
});

describe('the goal schema', () => {
  it('takes a goal as it is, and refuses one with a bad measure, target or member list', () => {
    const valid = goal({ who: { kind: 'people', keys: ['aino'] }, per: null, deadline: Date.UTC(2026, 11, 31) });
    expect(GoalSchema.parse(valid)).toEqual(valid);
    for (const bad of [
      { ...valid, measure: 'likes' },
      { ...valid, target: 0 },
      { ...valid, target: 2.5 },
      { ...valid, who: { kind: 'people', keys: [''] } },
      { ...valid, who: { kind: 'tag', tag: '' } },
      { ...valid, title: '' },
    ]) {
      expect(GoalSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
