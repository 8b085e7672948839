/**
 * The popup's words for how late someone is: both its lists order by lateness relative to the rhythm, so the
 * words say that measure beside the absolute time, in English and Finnish.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lateForRhythmText } from '@/components/due-text';
import { focusProgressText, mostLateFirst, reasonsLine } from '@/components/focus-reasons';
import { loadChosenLanguage } from '@/utils/i18n';
import { DAY_MS } from '@/utils/time';
import { local } from '../../helpers/time-zones';

const speak = async (language: 'en' | 'fi') => {
  fakeBrowser.reset();
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
  await fakeBrowser.storage.local.set({ chosenLanguage: { language, messages } });
  await loadChosenLanguage();
};

const NOW = local('2026-12-07', '15:00');
const daysAgo = (days: number) => local('2026-12-07') - days * DAY_MS;

describe('how late for their rhythm', () => {
  it('says a monthly contact 5 months late is 5× their rhythm, a yearly one 9 months late 0.7×', async () => {
    await speak('en');
    expect(lateForRhythmText(daysAgo(150), 30, NOW)).toBe('5× their rhythm');
    expect(lateForRhythmText(daysAgo(270), 365, NOW)).toBe('0.7× their rhythm');
    expect(lateForRhythmText(daysAgo(1), 365, NOW)).toBe('0.1× their rhythm'); // never "0×"
    expect(lateForRhythmText(daysAgo(600), 7, NOW)).toBe('86× their rhythm');
  });

  it('counts an explicit follow-up without a rhythm as a monthly one, and says nothing of anyone not overdue', async () => {
    await speak('en');
    expect(lateForRhythmText(daysAgo(60), null, NOW)).toBe('2× their rhythm');
    expect(lateForRhythmText(local('2026-12-07'), 30, NOW)).toBeNull();
    expect(lateForRhythmText(daysAgo(-3), 30, NOW)).toBeNull();
  });

  it('says the same in the focus’s reasons', async () => {
    await speak('en');
    expect(
      reasonsLine(
        [
          { kind: 'overdue', days: 150, rhythms: 5 },
          { kind: 'owes-help', times: 1 },
        ],
        NOW,
      ),
    ).toBe('5 months overdue (5× their rhythm) · helped you once');
    // A focus saved before the rhythm was kept says the time alone.
    expect(reasonsLine([{ kind: 'overdue', days: 150 }], NOW)).toBe('5 months overdue');
  });

  it('in Finnish, with a decimal comma', async () => {
    await speak('fi');
    expect(lateForRhythmText(daysAgo(270), 365, NOW)).toBe('0,7 kertaa rytminsä');
    expect(reasonsLine([{ kind: 'overdue', days: 60, rhythms: 0.6 }], NOW)).toBe(
      '2 kuukautta myöhässä (0,6 kertaa rytminsä)',
    );
  });
});

describe('how the week’s focus stands', () => {
  it('counts the done while anyone is open, and calls it done only when everyone was reached', async () => {
    await speak('en');
    expect(focusProgressText(['done', 'open', 'skipped'])).toBe('1 of 3 done this week');
    expect(focusProgressText(['done', 'done'])).toBe("That's this week's focus done. Well kept up!");
  });

  it('does not praise a week whose only person was skipped or put off', async () => {
    await speak('en');
    expect(focusProgressText(['skipped'])).toBe('This week’s focus is cleared: 0 of 1 reached, 1 skipped or put off.');
    expect(focusProgressText(['done', 'snoozed', 'done'])).toBe(
      'This week’s focus is cleared: 2 of 3 reached, 1 skipped or put off.',
    );
    await speak('fi');
    expect(focusProgressText(['skipped'])).toBe(
      'Tämän viikon fokus on käyty läpi: 0/1 tavoitettu, 1 ohitettu tai siirretty.',
    );
  });
});

describe('the order of the week’s focus', () => {
  it('is the due list’s: the most overdue for their rhythm first, then the rest as the week chose them', () => {
    const items = [
      {
        key: 'mikko',
        reasons: [
          { kind: 'overdue', days: 5, rhythms: 0.7 },
          { kind: 'tier', tag: 'mentors' },
        ],
      },
      { key: 'liisa', reasons: [{ kind: 'goal', goalId: 'g', title: 'Meet designers' }] },
      { key: 'aino', reasons: [{ kind: 'overdue', days: 250, rhythms: 8.4 }] },
      { key: 'juha', reasons: [{ kind: 'due-today' }] },
    ] as const;
    expect(mostLateFirst(items).map((item) => item.key)).toEqual(['aino', 'mikko', 'liisa', 'juha']);
  });
});
