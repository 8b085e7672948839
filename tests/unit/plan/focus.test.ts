import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAtOf, type RhythmSettings } from '@/utils/followups';
import {
  chooseWeeklyFocus,
  focusForWeek,
  focusSize,
  markFocus,
  withDueAsOfNow,
  type FocusInput,
  type FocusSizing,
  type FocusWeek,
} from '@/utils/plan/focus';
import type { Goal } from '@/utils/plan/goals';
import { weekOf, type Weekday } from '@/utils/plan/week';
import { dayOf, noonOfDay } from '@/utils/time';
import { local, restoreTimeZoneAfterAll } from '../../helpers/time-zones';
import { entry, goal, person } from '../../helpers/plan';
import { timelinesByPerson, type Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

restoreTimeZoneAfterAll();
const MONDAY: Weekday = 1;
const HELSINKI = 'Europe/Helsinki';
const SETTINGS: RhythmSettings = { defaultCadenceDays: 90, tagCadences: { mentors: 30, peers: 90 } };

/** Wednesday noon, in the week Mon 23 – Sun 29 November 2026. */
const wednesday = () => local('2026-11-25', '12:00');
/** Local noon `days` days before `now`. */
const daysAgo = (days: number, now = wednesday()) => noonOfDay(dayOf(now) - days);
/** Someone last in touch `days` days before `now` (by "contacted" in the panel). */
const lastSeen = (key: string, days: number, fields: Partial<Summary> = {}, now = wednesday()) =>
  person(key, { contactedAt: daysAgo(days, now), lastContactAt: daysAgo(days, now), ...fields });

/** The focus input for Wednesday, everyone in it, room for ten. */
function input(
  contacts: Summary[],
  fields: Partial<Omit<FocusInput, 'contacts'>> & { entries?: Entry[] } = {},
): FocusInput {
  const now = fields.now ?? wednesday();
  return {
    contacts,
    timelines: timelinesByPerson(fields.entries ?? []),
    goals: [],
    settings: SETTINGS,
    week: weekOf(now, MONDAY),
    size: 10,
    now,
    ...fields,
  };
}
const keys = (items: readonly { key: string }[]) => items.map((item) => item.key);

describe('the focus size', () => {
  it.each<[FocusSizing, number]>([
    [{ kind: 'count', count: 3 }, 3],
    [{ kind: 'count', count: 0 }, 1],
    [{ kind: 'count', count: 12 }, 10],
    [{ kind: 'count', count: 2.7 }, 2],
    [{ kind: 'count', count: Number.NaN }, 3],
    [{ kind: 'minutes', minutesPerWeek: 60 }, 6],
    [{ kind: 'minutes', minutesPerWeek: 25 }, 2], // within the budget, not over it
    [{ kind: 'minutes', minutesPerWeek: 5 }, 1],
    [{ kind: 'minutes', minutesPerWeek: 600 }, 10],
  ])('%j holds %i', (sizing, size) => expect(focusSize(sizing)).toBe(size));

  it('is always a whole number from 1 to 10', () => {
    const sizing = fc.oneof(
      fc.record({ kind: fc.constant('count' as const), count: fc.double() }),
      fc.record({ kind: fc.constant('minutes' as const), minutesPerWeek: fc.double() }),
    );
    fc.assert(
      fc.property(sizing, (any) => {
        const size = focusSize(any);
        expect(Number.isInteger(size) && size >= 1 && size <= 10).toBe(true);
      }),
    );
  });
});

describe('choosing the focus', () => {
  process.env.TZ = HELSINKI;
  const setZone = () => {
    process.env.TZ = HELSINKI;
  };

  it.each<[string, () => FocusInput, string[]]>([
    [
      'the more overdue relative to their rhythm first: a weekly two weeks late before a yearly a month late',
      () => input([lastSeen('a-yearly', 395, { cadenceDays: 365 }), lastSeen('b-weekly', 21, { cadenceDays: 7 })]),
      ['b-weekly', 'a-yearly'],
    ],
    [
      'the overdue before those due later this week',
      () => input([lastSeen('a-later', 87), lastSeen('b-overdue', 91)]),
      ['b-overdue', 'a-later'],
    ],
    [
      'a goal’s member before an equal other',
      () =>
        input([lastSeen('a-other', 90), lastSeen('b-member', 90)], {
          goals: [goal({ who: { kind: 'people', keys: ['b-member'] } })],
        }),
      ['b-member', 'a-other'],
    ],
    [
      'the more important tier first, when as overdue for their rhythm',
      () => input([lastSeen('a-peer', 180, { tags: ['Peers'] }), lastSeen('b-mentor', 60, { tags: ['Mentors'] })]),
      ['b-mentor', 'a-peer'],
    ],
    [
      'who helped the user more than they were helped first',
      () =>
        input([lastSeen('a-other', 90), lastSeen('b-helper', 90)], {
          entries: [entry('b-helper', 'received_help', daysAgo(200)), entry('b-helper', 'received_help', daysAgo(300))],
        }),
      ['b-helper', 'a-other'],
    ],
    ['equals by key', () => input([lastSeen('b', 90), lastSeen('c', 90), lastSeen('a', 90)]), ['a', 'b', 'c']],
    [
      'nobody who is not due this week, not drifting and in no goal',
      () => input([lastSeen('a-next-week', 80), lastSeen('b-due', 90)]),
      ['b-due'],
    ],
    [
      'nobody snoozed past the week, however far they drift',
      () => input([lastSeen('a-snoozed', 300, { tags: ['mentors'], snoozedUntil: daysAgo(-7) }), lastSeen('b', 90)]),
      ['b'],
    ],
    [
      'a goal’s members not yet in touch this week, the one already in touch waiting',
      () =>
        input([lastSeen('a-member', 2, { tags: ['mentors'] }), lastSeen('b-member', 10, { tags: ['mentors'] })], {
          goals: [goal({ target: 5 })],
        }),
      ['b-member'],
    ],
    [
      'no goal’s members once the goal is reached',
      () =>
        input([lastSeen('a-member', 2, { tags: ['mentors'] }), lastSeen('b-member', 10, { tags: ['mentors'] })], {
          goals: [goal({ target: 1 })],
        }),
      [],
    ],
    [
      'only as many as asked',
      () => input([lastSeen('a', 95), lastSeen('b', 94), lastSeen('c', 93)], { size: 2 }),
      ['a', 'b'],
    ],
  ])('takes %s', (_, makeInput, expected) => {
    setZone();
    expect(keys(chooseWeeklyFocus(makeInput()))).toEqual(expected);
  });

  it('gives each reason as data', () => {
    setZone();
    const mentor = lastSeen('aino', 45, { tags: ['Mentors'] }); // due 15 days ago, 45 days silent
    const focus = chooseWeeklyFocus(
      input([mentor], {
        goals: [goal({ id: 'g-learn', title: 'Learn from mentors' })],
        entries: [
          entry('aino', 'gave_help', daysAgo(100)),
          ...[100, 120, 140].map((days) => entry('aino', 'received_help', daysAgo(days))),
        ],
      }),
    );
    expect(focus).toEqual([
      {
        key: 'aino',
        reasons: [
          { kind: 'overdue', days: 15, rhythms: 0.5 },
          { kind: 'drifting', tag: 'mentors', days: 45 },
          { kind: 'goal', goalId: 'g-learn', title: 'Learn from mentors' },
          { kind: 'owes-help', times: 2 },
          { kind: 'tier', tag: 'mentors' },
        ],
      },
    ]);
    const later = chooseWeeklyFocus(input([lastSeen('aino', 88), lastSeen('mikko', 90)]));
    expect(later.map((item) => item.reasons)).toEqual([[{ kind: 'due-today' }], [{ kind: 'due-this-week', days: 2 }]]);
  });
});

describe('the focus through the week', () => {
  process.env.TZ = HELSINKI;
  const setZone = () => {
    process.env.TZ = HELSINKI;
  };
  const monday = () => local('2026-11-23', '09:00');

  /** On Monday: Aino overdue, Mikko due Wednesday, Liisa Friday, Eeva next week. */
  const mondayInput = () =>
    input(
      [
        lastSeen('aino', 100, {}, monday()),
        lastSeen('mikko', 90 - 2, {}, monday()),
        lastSeen('liisa', 90 - 4, {}, monday()),
        lastSeen('eeva', 90 - 9, {}, monday()),
      ],
      { size: 2, now: monday() },
    );

  it('stays the same all week, whatever is marked or logged meanwhile', () => {
    setZone();
    const chosen = focusForWeek(null, mondayInput());
    expect(chosen.weekId).toBe('2026-11-23');
    expect(keys(chosen.items)).toEqual(['aino', 'mikko']);
    expect(chosen.items.every((item) => item.state === 'open')).toBe(true);

    // Wednesday: Aino done (in touch today), and Pekka, long overdue, added.
    const done = markFocus(chosen, 'aino', 'done');
    const now = wednesday();
    const contacts = [
      ...mondayInput().contacts.map((contact) =>
        contact.key === 'aino' ? { ...contact, contactedAt: now, lastContactAt: now } : contact,
      ),
      lastSeen('pekka', 200),
    ];
    const midweek = input(contacts, { size: 2, now });
    expect(keys(chooseWeeklyFocus(midweek))).not.toEqual(keys(chosen.items)); // a new choice would differ
    expect(focusForWeek(done, midweek)).toBe(done);
    expect(done.items.map((item) => item.state)).toEqual(['done', 'open']);
  });

  it('is chosen anew in a new week', () => {
    setZone();
    const lastWeek: FocusWeek = { weekId: '2026-11-16', items: [{ key: 'eeva', reasons: [], state: 'skipped' }] };
    const chosen = focusForWeek(lastWeek, mondayInput());
    expect(chosen).toMatchObject({ weekId: '2026-11-23' });
    expect(chosen.items.map((item) => [item.key, item.state])).toEqual([
      ['aino', 'open'],
      ['mikko', 'open'],
    ]);
  });

  it('drops people no longer stored, and no one else', () => {
    setZone();
    const chosen = focusForWeek(null, mondayInput());
    const withoutAino = input(
      mondayInput().contacts.filter((contact) => contact.key !== 'aino'),
      { size: 2, now: monday() },
    );
    expect(focusForWeek(chosen, withoutAino)).toEqual({ weekId: '2026-11-23', items: [chosen.items[1]] });
  });

  it('tops up a focus chosen short, at its end, when more people come due during the week', () => {
    setZone();
    // Monday, before the user imported their network: only Aino was there.
    const short = focusForWeek(null, input([lastSeen('aino', 100, {}, monday())], { size: 2, now: monday() }));
    expect(keys(short.items)).toEqual(['aino']);
    const marked = markFocus(short, 'aino', 'done');
    const everyone = input([...mondayInput().contacts, lastSeen('pekka', 200)], { size: 2, now: wednesday() });
    const topped = focusForWeek(marked, everyone);
    expect(topped.items.map((item) => [item.key, item.state])).toEqual([
      ['aino', 'done'],
      ['pekka', 'open'],
    ]);
    // Full now: it stays so.
    expect(focusForWeek(topped, everyone)).toBe(topped);
  });

  it('marks one person only, and leaves a focus without them as it is', () => {
    setZone();
    const chosen = focusForWeek(null, mondayInput());
    expect(markFocus(chosen, 'mikko', 'skipped').items.map((item) => item.state)).toEqual(['open', 'skipped']);
    expect(markFocus(chosen, 'someone-else', 'done')).toBe(chosen);
    expect(chosen.items.map((item) => item.state)).toEqual(['open', 'open']);
  });
});

describe('the week turning at local midnight', () => {
  // Sunday 29 November 2026, 22:30 UTC: Monday already in Helsinki and Auckland, Sunday afternoon in New York.
  const instant = Date.UTC(2026, 10, 29, 22, 30);
  // In touch on 23 November in all three zones (12:00 in Helsinki, 05:00 in New York, 23:00 in Auckland): due the 30th.
  const aino = person('aino', { lastContactAt: Date.UTC(2026, 10, 23, 10), cadenceDays: 7 });

  it.each([
    ['Europe/Helsinki', '2026-11-30', [{ key: 'aino', reasons: [{ kind: 'due-today' }] }]],
    ['Pacific/Auckland', '2026-11-30', [{ key: 'aino', reasons: [{ kind: 'due-today' }] }]],
    ['America/New_York', '2026-11-23', []],
  ])('in %s the week is %s', (zone, weekId, focus) => {
    process.env.TZ = zone;
    const week = weekOf(instant, MONDAY);
    expect(week.id).toBe(weekId);
    expect(chooseWeeklyFocus(input([aino], { now: instant, week }))).toEqual(focus);
  });
});

describe('laws of the choice', () => {
  process.env.TZ = HELSINKI;
  const setZone = () => {
    process.env.TZ = HELSINKI;
  };

  const TAGS = ['mentors', 'Peers', 'friends'];
  const day = fc.integer({ min: -400, max: 30 }); // days from Wednesday: negative is in the past
  const at = (days: number) => noonOfDay(dayOf(wednesday()) + days);

  /** A network of people with unique keys, their help entries and goals on them. */
  const network = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 12 })
    .chain((allKeys) =>
      fc.record({
        contacts: fc.tuple(
          ...allKeys.map((key) =>
            fc
              .record({
                tags: fc.subarray(TAGS),
                cadenceDays: fc.constantFrom(undefined, null, 7, 30, 90),
                lastContact: fc.option(day.filter((days) => days <= 0)),
                followUp: fc.option(day),
                snooze: fc.option(day),
                received: fc.nat(2),
              })
              .map((fields) => ({
                contact: person(key, {
                  tags: fields.tags,
                  cadenceDays: fields.cadenceDays,
                  lastContactAt: fields.lastContact === null ? null : at(fields.lastContact),
                  followUpOn: fields.followUp === null ? null : at(fields.followUp),
                  snoozedUntil: fields.snooze === null ? null : at(fields.snooze),
                }),
                entries: Array.from({ length: fields.received }, () => entry(key, 'received_help', at(-500))),
              })),
          ),
        ),
        goals: fc.array(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 3 }),
            who: fc.oneof(
              fc.record({ kind: fc.constant('tag' as const), tag: fc.constantFrom(...TAGS) }),
              fc.record({ kind: fc.constant('people' as const), keys: fc.subarray(allKeys) }),
            ),
            measure: fc.constantFrom('contacts', 'new-people', 'meetings', 'gave-help', 'received-help' as const),
            target: fc.integer({ min: 1, max: 5 }),
            per: fc.constantFrom('week', 'month', null),
          }),
          { maxLength: 3 },
        ),
        size: fc.integer({ min: 1, max: 10 }),
      }),
    )
    .map(({ contacts, goals, size }) =>
      input(
        contacts.map(({ contact }) => contact),
        {
          entries: contacts.flatMap(({ entries }) => entries),
          goals: goals.map((fields) => goal(fields as Partial<Goal>)),
          size,
        },
      ),
    );

  it('lists no one twice, only stored people, no more than asked, and everyone due if there is room', () => {
    setZone();
    fc.assert(
      fc.property(network, (focusInput) => {
        const chosen = keys(chooseWeeklyFocus(focusInput));
        expect(new Set(chosen).size).toBe(chosen.length);
        expect(chosen.every((key) => focusInput.contacts.some((contact) => contact.key === key))).toBe(true);
        expect(chosen.length).toBeLessThanOrEqual(focusInput.size);
        const due = focusInput.contacts.filter((contact) => {
          const dueAt = dueAtOf(contact, focusInput.settings);
          const snoozed = contact.snoozedUntil !== null && contact.snoozedUntil >= focusInput.week.endsAt;
          return dueAt !== null && dueAt < focusInput.week.endsAt && !snoozed;
        });
        expect(chosen.length).toBeGreaterThanOrEqual(Math.min(focusInput.size, due.length));
      }),
    );
  });

  it('chooses the same whatever order the people and goals come in', () => {
    setZone();
    const shuffled = network.chain((focusInput) =>
      fc.record({
        focusInput: fc.constant(focusInput),
        contacts: fc.shuffledSubarray([...focusInput.contacts], { minLength: focusInput.contacts.length }),
        goals: fc.shuffledSubarray([...focusInput.goals], { minLength: focusInput.goals.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ focusInput, contacts, goals }) => {
        expect(chooseWeeklyFocus({ ...focusInput, contacts, goals })).toEqual(chooseWeeklyFocus(focusInput));
      }),
    );
  });
});

describe('a focus person’s reasons as the week goes', () => {
  const week = { endsAt: Date.UTC(2026, 11, 7) };
  const now = Date.UTC(2026, 11, 2, 12);
  const chosen = [{ kind: 'overdue', days: 30, rhythms: 1 } as const, { kind: 'tier', tag: 'mentors' } as const];
  const due = (dueAt: number | null, rhythmDays: number | null = 35) => ({ dueAt, rhythmDays });

  it('say how they are due today, and keep the rest as chosen', () => {
    expect(withDueAsOfNow(chosen, due(now - 70 * 86_400_000), week, now)).toEqual([
      { kind: 'overdue', days: 70, rhythms: 2 },
      { kind: 'tier', tag: 'mentors' },
    ]);
    expect(withDueAsOfNow(chosen, due(now + 2 * 86_400_000), week, now)).toEqual([
      { kind: 'due-this-week', days: 2 },
      { kind: 'tier', tag: 'mentors' },
    ]);
  });

  it('say how many of their rhythms late they are, the measure the popup orders by', () => {
    const nineMonthsLate = now - 270 * 86_400_000;
    const yearly = withDueAsOfNow([], due(nineMonthsLate, 360), week, now);
    const fiveMonthsLate = now - 150 * 86_400_000;
    const monthly = withDueAsOfNow([], due(fiveMonthsLate, 30), week, now);
    expect(yearly).toEqual([{ kind: 'overdue', days: 270, rhythms: 0.75 }]);
    expect(monthly).toEqual([{ kind: 'overdue', days: 150, rhythms: 5 }]);
  });

  it('say nothing of being due once they are not, by the week’s end', () => {
    expect(withDueAsOfNow(chosen, due(null), week, now)).toEqual([{ kind: 'tier', tag: 'mentors' }]);
    expect(withDueAsOfNow(chosen, due(week.endsAt), week, now)).toEqual([{ kind: 'tier', tag: 'mentors' }]);
  });
});
