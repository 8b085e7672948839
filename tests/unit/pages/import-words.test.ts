/**
 * Why a file was refused, in words: a file that is not what was expected says what was (a backup of this
 * extension, LinkedIn's export ZIP or one of its CSV files) and that nothing changed, never a parser's message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeProblem } from '@/components/import-words';
import { loadChosenLanguage } from '@/utils/i18n';

const speak = async (language: 'en' | 'fi') => {
  fakeBrowser.reset();
  const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
  await fakeBrowser.storage.local.set({ chosenLanguage: { language, messages } });
  await loadChosenLanguage();
};

/** What every such message says, in each language: what was expected, and that nothing changed. */
const EXPECTED = {
  en: [
    /backup made by Keep in touch/,
    /LinkedIn's data export ZIP/,
    /one of its CSV files/,
    /Nothing was imported or changed\./,
  ],
  fi: [
    /Keep in touchin tekemä varmuuskopio/,
    /LinkedInin tietojen viennin ZIP/,
    /CSV-tiedostoista/,
    /Mitään ei tuotu eikä muutettu\./,
  ],
};

describe.each(['en', 'fi'] as const)('a file that is not what was expected, in %s', (language) => {
  it('a damaged or cut-short backup: says so, without the parser’s words', async () => {
    await speak(language);
    const text = describeProblem({ kind: 'not-json' });
    for (const said of EXPECTED[language]) expect(text).toMatch(said);
    expect(text).not.toMatch(/JSON\.parse|Unexpected|undefined/);
  });

  it('an empty file: names it as empty', async () => {
    await speak(language);
    const text = describeProblem({ kind: 'empty', name: 'Connections.csv' });
    expect(text).toMatch(language === 'en' ? /^Connections\.csv is empty\./ : /^Connections\.csv on tyhjä\./);
    for (const said of EXPECTED[language]) expect(text).toMatch(said);
  });

  it('JSON of another program: says it is no backup, and what was expected', async () => {
    await speak(language);
    const text = describeProblem({ kind: 'not-ours' });
    for (const said of EXPECTED[language]) expect(text).toMatch(said);
  });
});
