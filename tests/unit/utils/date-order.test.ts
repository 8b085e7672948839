import { describe, expect, it } from 'vitest';
import { dateOrder, misleadingFieldOrder, readsBothWays } from '@/utils/date-order';

describe('the order of a date’s parts', () => {
  it.each([
    ['en-US', ['month', 'day', 'year']],
    ['en', ['month', 'day', 'year']],
    ['en-GB', ['day', 'month', 'year']],
    ['fi', ['day', 'month', 'year']],
    ['fi-FI', ['day', 'month', 'year']],
    ['sv-SE', ['year', 'month', 'day']],
  ])('%s writes %j', (locale, order) => expect(dateOrder(locale)).toEqual(order));
});

describe('a date field’s order that misleads', () => {
  it('is the field’s order when the browser’s locale writes dates otherwise than the extension’s language', () => {
    expect(misleadingFieldOrder('en-US', 'fi')).toEqual(['month', 'day', 'year']);
    expect(misleadingFieldOrder('sv-SE', 'en')).toEqual(['year', 'month', 'day']);
  });

  it('is none when the two write dates alike', () => {
    expect(misleadingFieldOrder('en-US', 'en-US')).toBeNull();
    expect(misleadingFieldOrder('fi-FI', 'fi')).toBeNull();
    expect(misleadingFieldOrder('en-GB', 'fi')).toBeNull();
  });

  it('is none when the browser speaks the extension’s language in a region of its own: that is the person’s order', () => {
    expect(misleadingFieldOrder('en-GB', 'en')).toBeNull();
  });
});

describe('a day that reads both ways', () => {
  const dayOn = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date) / 86_400_000;
  it('is one whose day of the month could be its month, and another day: 7 December is also 12 July', () => {
    expect(readsBothWays(dayOn(2026, 12, 7))).toBe(true);
    expect(readsBothWays(dayOn(2026, 7, 12))).toBe(true);
    expect(readsBothWays(dayOn(2026, 3, 4))).toBe(true);
  });
  it('is not one whose day cannot be a month, nor one whose day and month are the same', () => {
    expect(readsBothWays(dayOn(2027, 1, 15))).toBe(false);
    expect(readsBothWays(dayOn(2026, 12, 31))).toBe(false);
    expect(readsBothWays(dayOn(2026, 5, 5))).toBe(false);
  });
});
