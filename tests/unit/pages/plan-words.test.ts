/** The Plan and review pages' words, in English and Finnish: goals' targets, whom they concern, their standing, weeks and months, minutes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { doneWords, standingOf, targetWords, whoWords } from '@/components/goal-words';
import { monthWords, weekRangeWords, weekStartWords } from '@/components/review-words';
import { minutesPerWeekOf, minutesWords } from '@/components/time-budget';
import { loadChosenLanguage } from '@/utils/i18n';
import { monthOf, weeksOf } from '@/utils/plan/week';
import { local } from '../../helpers/time-zones';

// The key the chosen language has always been stored under: what existing users' browsers hold.
const CHOSEN_LANGUAGE_KEY = 'chosenLanguage';

const speak = async (language: 'en' | 'fi') => {
  fakeBrowser.reset();
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
  await fakeBrowser.storage.local.set({ [CHOSEN_LANGUAGE_KEY]: { language, messages } });
  await loadChosenLanguage();
};

const NOW = local('2027-01-10');
const target = (fields: Partial<Parameters<typeof targetWords>[0]>) =>
  targetWords({ measure: 'meetings', target: 2, per: 'month', deadline: null, ...fields }, NOW);

describe("a goal's target", () => {
  it('says how many of what, per week, per month or by a day, in English', async () => {
    await speak('en');
    expect(target({})).toBe('2 meetings a month');
    expect(target({ target: 1, per: 'week' })).toBe('1 meeting a week');
    expect(target({ measure: 'new-people', target: 5, per: null, deadline: local('2027-03-31') })).toBe(
      '5 new people by March 31',
    );
    // A deadline in another year says the year.
    expect(target({ measure: 'contacts', target: 1, per: null, deadline: local('2028-03-31') })).toBe(
      '1 contact by March 31, 2028',
    );
    expect(target({ measure: 'gave-help', target: 1 })).toBe('help someone once a month');
    expect(target({ measure: 'received-help', target: 3, per: 'week' })).toBe('get help 3 times a week');
    expect(target({ per: null })).toBe('2 meetings'); // neither period nor deadline: counted from the start
  });

  it('says it as Finnish does', async () => {
    await speak('fi');
    expect(target({})).toBe('2 tapaamista kuukaudessa');
    expect(target({ target: 1, per: 'week' })).toBe('1 tapaaminen viikossa');
    expect(target({ measure: 'new-people', target: 5, per: null, deadline: local('2027-03-31') })).toBe(
      '5 uutta ihmistä 31. maaliskuuta mennessä',
    );
    // What is aimed at, said as it is: not an order to the reader.
    expect(target({ measure: 'gave-help', target: 1 })).toBe('apua muille kerran kuukaudessa');
    expect(target({ measure: 'gave-help', target: 1, per: null, deadline: local('2027-12-22') })).toBe(
      'apua muille kerran 22. joulukuuta mennessä',
    );
    expect(target({ measure: 'received-help', target: 3, per: 'week' })).toBe('apua muilta 3 kertaa viikossa');
  });
});

describe('whom a goal concerns and how it stands', () => {
  it('names the tag, or the people chosen, the first few by name', async () => {
    const names: Record<string, string> = { aino: 'Aino Virtanen', liisa: 'Liisa Mäkelä', mikko: 'Mikko Korhonen' };
    const nameOf = (key: string) => names[key] ?? key;
    const people = (...keys: string[]) => whoWords({ who: { kind: 'people', keys } }, nameOf);
    await speak('en');
    expect(whoWords({ who: { kind: 'tag', tag: 'mentors' } }, nameOf)).toBe('everyone tagged mentors');
    expect(people('aino')).toBe('Aino Virtanen');
    expect(people('aino', 'liisa')).toBe('Aino Virtanen and Liisa Mäkelä');
    expect(people('aino', 'liisa', 'mikko', 'anna', 'pekka')).toBe('Aino Virtanen, Liisa Mäkelä and 3 more');
    await speak('fi');
    expect(people('aino', 'liisa', 'mikko')).toBe('Aino Virtanen, Liisa Mäkelä ja Mikko Korhonen');
    expect(people('aino', 'liisa', 'mikko', 'anna')).toBe('Aino Virtanen, Liisa Mäkelä ja 2 muuta');
  });

  it('is reached at the target, else on track or behind as the pace says, and archived once put away', async () => {
    expect(standingOf({ done: 2, target: 2, onTrack: true })).toBe('reached');
    expect(standingOf({ done: 3, target: 2, onTrack: true })).toBe('reached');
    expect(standingOf({ done: 1, target: 2, onTrack: true })).toBe('on-track');
    expect(standingOf({ done: 0, target: 2, onTrack: false })).toBe('behind');
    // Put away, a goal keeps no pace.
    expect(standingOf({ done: 1, target: 2, onTrack: true }, true)).toBe('archived');
    expect(standingOf({ done: 2, target: 2, onTrack: true }, true)).toBe('archived');
    await speak('en');
    expect(doneWords({ done: 1, target: 1200 })).toBe('1 of 1,200');
    await speak('fi');
    expect(doneWords({ done: 1, target: 2 })).toBe('1/2');
  });
});

describe("the review's weeks and months", () => {
  const november = monthOf(local('2026-11-15'));
  const weeks = weeksOf(november, 1); // Mondays: Oct 26 – Nov 1 is the first

  it('names the month, and each week by its days within it', async () => {
    await speak('en');
    expect(monthWords(november)).toBe('November 2026');
    expect(weekStartWords(weeks[0]!, november)).toBe('Nov 1');
    expect(weekRangeWords(weeks[1]!, november)).toBe('Nov 2\u2009–\u20098');
    expect(weekRangeWords(weeks.at(-1)!, november)).toBe('Nov 30'); // the month's last day, a Monday
    await speak('fi');
    expect(monthWords(november)).toBe('marraskuu 2026');
    expect(weekRangeWords(weeks[1]!, november)).toBe('2.–8.11.');
  });
});

describe('the time budget', () => {
  it('is the minutes set, or the people at ten minutes each', async () => {
    expect(minutesPerWeekOf({ kind: 'minutes', minutesPerWeek: 45 })).toBe(45);
    expect(minutesPerWeekOf({ kind: 'count', count: 3 })).toBe(30);
    await speak('en');
    expect(minutesWords(45)).toBe('45 minutes');
    await speak('fi');
    expect(minutesWords(45)).toBe('45 minuuttia');
  });
});
