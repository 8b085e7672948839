import { describe, expect, it } from 'vitest';
import { MAX_RHYTHM_DAYS, parseRhythmDays } from '@/utils/rhythm-days';
import { messages } from '@/utils/messages';

describe('the "Other…" rhythm box', () => {
  it.each([
    ['1', 1],
    ['45', 45],
    [' 45 ', 45],
    ['045', 45],
    ['3650', 3650],
  ])('takes %j as %i days', (typed, days) => {
    expect(parseRhythmDays(typed)).toBe(days);
  });

  it.each(['0', '00', '-3', '1.5', '45,5', '3651', '1e2', 'abc', '', ' '])('refuses %j', (typed) => {
    expect(parseRhythmDays(typed)).toBeNull();
  });

  it('holds the bound the protocol holds', () => {
    const cadence = (days: number) =>
      messages['person.update'].request.safeParse({ person: { key: 'k' }, patch: { cadenceDays: days } }).success;
    expect(cadence(MAX_RHYTHM_DAYS)).toBe(true);
    expect(cadence(MAX_RHYTHM_DAYS + 1)).toBe(false);
  });
});
