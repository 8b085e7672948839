/** People, timeline entries and goals for the plan's tests, with fields the tests do not care about filled in. */
import type { GoalInput } from '@/utils/model/records';
import type { Goal } from '@/utils/plan/goals';
import type { Entry, EntryType } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

/** A stored person known by `key`, added long ago and never contacted, unless `fields` say otherwise. */
export function person(key: string, fields: Partial<Summary> = {}): Summary {
  return {
    key,
    aliases: [key],
    name: key,
    headline: '',
    company: '',
    location: '',
    photoUrl: '',
    tags: [],
    contactedAt: null,
    lastContactAt: null,
    followUpOn: null,
    snoozedUntil: null,
    dueAt: null,
    lastSeen: null,
    connectedAt: null,
    email: '',
    timelineWords: '',
    createdAt: Date.UTC(2020, 0, 1),
    updatedAt: Date.UTC(2020, 0, 1),
    ...fields,
  };
}

let nextId = 0;

/** A timeline entry of `key`'s. */
export function entry(key: string, type: EntryType, at: number, text = ''): Entry {
  nextId++;
  return { id: `entry-${nextId}`, contactKey: key, type, text, at, createdAt: at, updatedAt: at };
}

/** A goal on everyone tagged "mentors", for the tests to vary. */
export function goal(fields: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    title: 'Learn from mentors',
    why: 'To grow as a designer',
    give: 'Design reviews',
    who: { kind: 'tag', tag: 'mentors' },
    measure: 'contacts',
    target: 2,
    per: 'week',
    deadline: null,
    createdAt: Date.UTC(2020, 0, 1),
    updatedAt: Date.UTC(2020, 0, 1),
    archived: false,
    ...fields,
  };
}

/** A goal as a page sends it to be saved: without the times, which the store sets. */
export function goalInput(fields: Partial<GoalInput> = {}): GoalInput {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...input } = goal(fields);
  return input;
}
