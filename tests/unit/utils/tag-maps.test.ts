import { describe, expect, it } from 'vitest';
import { entryOf, renamedEntry, withEntry } from '../../../utils/tag-maps';

const cadences = { Mentors: 30, 'former colleagues': 180 };

describe('per-tag settings, matched in any case', () => {
  it('finds an entry whatever the case', () => {
    expect(entryOf(cadences, 'mentors')).toBe(30);
    expect(entryOf(cadences, 'FORMER COLLEAGUES')).toBe(180);
    expect(entryOf(cadences, 'alumni')).toBeUndefined();
  });

  it('sets an entry under the spelling given, replacing any other case of it, and removes one', () => {
    expect(withEntry(cadences, 'mentors', 14)).toEqual({ 'former colleagues': 180, mentors: 14 });
    expect(withEntry(cadences, 'MENTORS', undefined)).toEqual({ 'former colleagues': 180 });
    expect(withEntry(cadences, 'alumni', 365)).toEqual({ ...cadences, alumni: 365 });
  });

  it('moves an entry on rename, keeps the target’s own entry on a merge, and drops it on removal', () => {
    expect(renamedEntry(cadences, 'mentors', 'Advisers')).toEqual({ 'former colleagues': 180, Advisers: 30 });
    expect(renamedEntry(cadences, 'Mentors', 'Former Colleagues')).toEqual({ 'former colleagues': 180 });
    expect(renamedEntry(cadences, 'mentors', null)).toEqual({ 'former colleagues': 180 });
    expect(renamedEntry(cadences, 'alumni', 'friends')).toEqual(cadences);
  });
});
