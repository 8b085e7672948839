/** The welcome's first goal (entrypoints/welcome/first-goal.ts): one goal, and nothing typed dropped unsaid. */
import { describe, expect, it } from 'vitest';
import { fieldsOf, goalInputOf, nextWith, type FirstGoalFields } from '@/entrypoints/welcome/first-goal';
import { goal } from '../../helpers/plan';

const TIERS = ['mentors', 'clients'];
const NEW = fieldsOf(null, TIERS);
const fields = (changes: Partial<FirstGoalFields>): FirstGoalFields => ({ ...NEW, ...changes });

describe("the welcome's first goal", () => {
  it('opens empty for the first tier, or as it was saved', () => {
    expect(NEW).toEqual({ title: '', why: '', tag: 'mentors', target: 2 });
    const saved = goal({ title: 'See clients', why: 'Work', who: { kind: 'tag', tag: 'clients' }, target: 3 });
    expect(fieldsOf(saved, TIERS)).toEqual({ title: 'See clients', why: 'Work', tag: 'clients', target: 3 });
    // Its tier since unticked: the first tier is offered in its place.
    expect(fieldsOf(saved, ['mentors']).tag).toBe('mentors');
  });

  it('is saved with a name, skipped when nothing was filled in, and asks for a name otherwise', () => {
    expect(nextWith(fields({ title: 'Meet mentors' }), NEW)).toBe('save');
    expect(nextWith(fields({ why: '  ' }), NEW)).toBe('move-on');
    expect(nextWith(fields({ why: 'They know the field' }), NEW)).toBe('name-missing');
    expect(nextWith(fields({ tag: 'clients' }), NEW)).toBe('name-missing');
    expect(nextWith(fields({ target: 5 }), NEW)).toBe('name-missing');
    // A saved goal's name, emptied: not a goal to drop without a word.
    const saved = fields({ title: 'Meet mentors' });
    expect(nextWith({ ...saved, title: '' }, saved)).toBe('name-missing');
  });

  it('is saved under its one id, keeping what the dashboard changed of it since', () => {
    expect(goalInputOf(fields({ title: ' Meet mentors ', why: ' To learn ' }), 'first', null)).toEqual({
      id: 'first',
      title: 'Meet mentors',
      why: 'To learn',
      give: '',
      who: { kind: 'tag', tag: 'mentors' },
      measure: 'contacts',
      target: 2,
      per: 'month',
      deadline: null,
      archived: false,
    });
    const saved = goal({ id: 'first', give: 'Introductions', measure: 'meetings', per: 'week' });
    expect(goalInputOf(fields({ title: 'Meet clients', tag: 'clients', target: 4 }), 'first', saved)).toMatchObject({
      id: 'first',
      title: 'Meet clients',
      give: 'Introductions',
      measure: 'meetings',
      per: 'week',
      who: { kind: 'tag', tag: 'clients' },
      target: 4,
    });
  });
});
