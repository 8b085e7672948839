/** The goal form's rules (entrypoints/dashboard/goal-draft.ts): what it saves, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { draftOf, goalOf, NEW_GOAL, sameDraft, type GoalDraft } from '@/entrypoints/dashboard/goal-draft';
import { peopleNamed } from '@/entrypoints/dashboard/people-filter';
import { dayOf, noonOfDay } from '@/utils/time';
import { goal, person } from '../../helpers/plan';
import { local } from '../../helpers/time-zones';

const draft = (fields: Partial<GoalDraft>): GoalDraft => ({
  ...NEW_GOAL,
  title: 'Meet mentors',
  tag: 'mentors',
  ...fields,
});

describe('a goal from its form', () => {
  it('saves what was typed, trimmed, with the period as the store keeps it', () => {
    expect(goalOf(draft({ title: ' Meet mentors ', why: ' To learn ', measure: 'meetings' }), 'g1', false)).toEqual({
      goal: {
        id: 'g1',
        title: 'Meet mentors',
        why: 'To learn',
        give: '',
        who: { kind: 'tag', tag: 'mentors' },
        measure: 'meetings',
        target: 2,
        per: 'month',
        deadline: null,
        archived: false,
      },
    });
    const byDay = dayOf(local('2027-03-31'));
    const result = goalOf(draft({ period: 'deadline', deadlineDay: byDay, target: '5' }), 'g2', true);
    expect(result).toMatchObject({ goal: { per: null, deadline: noonOfDay(byDay), target: 5, archived: true } });
    expect(goalOf(draft({ whoKind: 'people', keys: ['aino'] }), 'g3', false)).toMatchObject({
      goal: { who: { kind: 'people', keys: ['aino'] } },
    });
  });

  it('refuses a goal without a name, whom, a whole target or its date', () => {
    expect(goalOf(draft({ title: '  ' }), 'g', false)).toEqual({ problem: 'goalTitleMissing' });
    expect(goalOf(draft({ tag: ' ' }), 'g', false)).toEqual({ problem: 'goalTagMissing' });
    expect(goalOf(draft({ whoKind: 'people' }), 'g', false)).toEqual({ problem: 'goalPeopleMissing' });
    for (const target of ['0', '1.5', '', '1001', 'two'])
      expect(goalOf(draft({ target }), 'g', false)).toEqual({ problem: 'goalTargetInvalid' });
    expect(goalOf(draft({ period: 'deadline' }), 'g', false)).toEqual({ problem: 'goalDeadlineMissing' });
  });

  it('gives back the goal it was made from', () => {
    for (const stored of [
      goal({ per: 'week' }),
      goal({ per: null, deadline: local('2027-03-31'), who: { kind: 'people', keys: ['aino', 'mikko'] } }),
    ]) {
      const { createdAt: _created, updatedAt: _updated, ...input } = stored;
      expect(goalOf(draftOf(stored), stored.id, stored.archived)).toEqual({ goal: input });
    }
  });
});

describe('a goal form with unsaved changes', () => {
  it('has none while its draft is the one it opened with, whatever the order of its fields', () => {
    const stored = draftOf(goal({ who: { kind: 'people', keys: ['aino', 'mikko'] } }));
    expect(sameDraft(NEW_GOAL, { ...NEW_GOAL })).toBe(true);
    expect(sameDraft(stored, { ...stored, keys: ['aino', 'mikko'] })).toBe(true);
  });

  it('has some once any field differs, the chosen people included', () => {
    expect(sameDraft(NEW_GOAL, { ...NEW_GOAL, title: 'M' })).toBe(false);
    expect(sameDraft(NEW_GOAL, { ...NEW_GOAL, deadlineDay: 20_000 })).toBe(false);
    expect(sameDraft(NEW_GOAL, { ...NEW_GOAL, keys: ['aino'] })).toBe(false);
  });
});

describe("choosing a goal's people by name", () => {
  const people = [
    person('aino', { name: 'Aino Virtanen' }),
    person('liisa', { name: 'Liisa Mäkelä' }),
    person('mikko', { name: 'Mikko Mäkinen' }),
    person('no-name', { name: '' }),
  ];
  const keys = (found: ReturnType<typeof peopleNamed>) => found.shown.map((shown) => shown.key);

  it('finds a part of a name, with or without its accents, and a nameless person by key', () => {
    expect(keys(peopleNamed(people, 'mäk', 50))).toEqual(['liisa', 'mikko']);
    expect(keys(peopleNamed(people, ' MAKELA ', 50))).toEqual(['liisa']);
    expect(keys(peopleNamed(people, 'no-na', 50))).toEqual(['no-name']);
    expect(peopleNamed(people, '', 50)).toEqual({ shown: people, more: 0 });
  });

  it('shows the first few, and counts the rest', () => {
    expect(peopleNamed(people, 'i', 2)).toEqual({ shown: people.slice(0, 2), more: 1 });
  });
});
