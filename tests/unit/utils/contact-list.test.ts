import { describe, expect, it } from 'vitest';
import { listContacts, summarizeTags, type ListQuery } from '@/utils/contact-list';
import { dayOf, endOfComingWeek, startOfDay } from '@/utils/time';
import { ainoProfile } from '../../helpers/profiles';
import { summaryOf } from '../../helpers/summaries';
import type { Summary } from '@/utils/model/summary';

const NOW = new Date(2026, 10, 23, 10).getTime();
const DAY = 86_400_000;
const collator = new Intl.Collator('fi');

function person(key: string, name: string, fields: Partial<Summary> = {}): Summary {
  return { ...summaryOf(ainoProfile({ key, slug: key, name }), NOW), ...fields };
}

const people = [
  person('zetterberg', 'Zetterberg', {
    lastContactAt: NOW - 2 * DAY,
    dueAt: startOfDay(dayOf(NOW) + 3),
    tags: ['Mentors'],
  }),
  person('arola', 'Ärölä', { lastContactAt: NOW - 100 * DAY, dueAt: startOfDay(dayOf(NOW) - 10), tags: ['mentors'] }),
  person('aalto', 'Aalto', { dueAt: startOfDay(dayOf(NOW)) }),
  person('berg', 'Berg', { lastContactAt: NOW - DAY, dueAt: startOfDay(dayOf(NOW) + 30), tags: ['alumni'] }),
];
const all: ListQuery = { found: null, tag: null, status: 'all', sort: 'name' };
const keys = (query: Partial<ListQuery>) => listContacts(people, { ...all, ...query }, NOW, collator).map((c) => c.key);

describe('the contact list', () => {
  it('sorts names as Finnish does: Ä after Z', () => {
    expect(keys({})).toEqual(['aalto', 'berg', 'zetterberg', 'arola']);
  });
  it('sorts by last contact, newest first, the never-contacted last', () => {
    expect(keys({ sort: 'last-contact' })).toEqual(['berg', 'zetterberg', 'arola', 'aalto']);
  });
  it('sorts by due day, soonest first', () => {
    expect(keys({ sort: 'due' })).toEqual(['arola', 'aalto', 'zetterberg', 'berg']);
  });
  it('filters by tag in any case, by status, and by what search found', () => {
    expect(keys({ tag: 'MENTORS' })).toEqual(['zetterberg', 'arola']);
    expect(keys({ status: 'overdue' })).toEqual(['aalto', 'arola']);
    expect(keys({ status: 'due-this-week' })).toEqual(['aalto', 'zetterberg', 'arola']);
    expect(keys({ status: 'never-contacted' })).toEqual(['aalto']);
    expect(keys({ found: new Set(['berg', 'arola']) })).toEqual(['berg', 'arola']);
    expect(keys({ found: new Set(['berg', 'arola']), tag: 'mentors', status: 'overdue' })).toEqual(['arola']);
  });
  it('summarises tags: people and how many are due, one row per tag whatever its case', () => {
    expect(summarizeTags(people, NOW, collator)).toEqual([
      { tag: 'alumni', people: 1, overdue: 0 },
      { tag: 'Mentors', people: 2, overdue: 1 },
    ]);
  });
  it('lists the tiers chosen (tags with a rhythm) even with nobody tagged yet, once whatever their case', () => {
    expect(summarizeTags(people, NOW, collator, ['Close', 'mentors'])).toEqual([
      { tag: 'alumni', people: 1, overdue: 0 },
      { tag: 'Close', people: 0, overdue: 0 },
      { tag: 'Mentors', people: 2, overdue: 1 },
    ]);
  });
});

describe('"this week"', () => {
  it('is the same week in the contacts’ "Due this week" as in the popup’s "Coming up this week"', () => {
    const edges = [6, 7, 8].map((days) => person(`in-${days}`, `In ${days}`, { dueAt: startOfDay(dayOf(NOW) + days) }));
    const dueThisWeek = listContacts(edges, { ...all, status: 'due-this-week' }, NOW, collator).map((c) => c.key);
    const comingUp = edges.filter((edge) => edge.dueAt! < endOfComingWeek(NOW)).map((edge) => edge.key);
    expect(dueThisWeek).toEqual(comingUp);
    expect(comingUp).toEqual(['in-6', 'in-7']);
  });
});
