/** The dashboard's routes (entrypoints/dashboard/route.ts) and the review's months (review-month.ts). */
import { describe, expect, it } from 'vitest';
import { monthIdAfter, reviewedTime, timeInMonth } from '@/entrypoints/dashboard/review-month';
import { hrefOf, parseRoute, type Route } from '@/entrypoints/dashboard/route';
import { monthOf } from '@/utils/plan/week';
import { local } from '../../helpers/time-zones';

describe('routes', () => {
  it.each<[string, Route]>([
    ['#plan', { page: 'plan' }],
    ['#review', { page: 'review', month: null }],
    ['#review/2026-11', { page: 'review', month: '2026-11' }],
    ['#contact/aino-virtanen', { page: 'contact', key: 'aino-virtanen' }],
    ['#tags', { page: 'tags' }],
    [
      '#compare/0b7c6f1e-2d4a-4e8b-9a53-1f2e3d4c5b6a',
      { page: 'compare', token: '0b7c6f1e-2d4a-4e8b-9a53-1f2e3d4c5b6a' },
    ],
  ])('%s is a page, and its own link', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(hrefOf(route)).toBe(hash);
  });

  it('takes a review of no real month for this month, and anything unknown for the list', () => {
    expect(parseRoute('#review/2026-13')).toEqual({ page: 'review', month: null });
    expect(parseRoute('#review/november')).toEqual({ page: 'review', month: null });
    expect(parseRoute('#nowhere')).toEqual({ page: 'contacts' });
  });
});

describe("the review's months", () => {
  it('finds the month an id names, and the months either side, across years', () => {
    expect(monthOf(timeInMonth('2026-11')).id).toBe('2026-11');
    expect(monthIdAfter(local('2026-11-30', '23:59'), 1)).toBe('2026-12');
    expect(monthIdAfter(local('2026-12-01', '00:00'), 1)).toBe('2027-01');
    expect(monthIdAfter(local('2026-01-31'), -1)).toBe('2025-12');
  });

  it('reviews a past month as asked, and this month for none or one still to come', () => {
    const now = local('2026-12-02');
    expect(monthOf(reviewedTime('2026-11', now)).id).toBe('2026-11');
    expect(monthOf(reviewedTime('2025-12', now)).id).toBe('2025-12');
    for (const month of [null, '2026-12', '2027-01', '2030-05']) expect(reviewedTime(month, now)).toBe(now);
  });
});
