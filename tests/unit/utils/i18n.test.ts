import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncLanguage } from '@/entrypoints/background/language';
import { updateSettings } from '@/utils/db/settings-store';
import { loadChosenLanguage, t, tPlural, uiLocale } from '@/utils/i18n';
import { formatMessage } from '@/utils/message-format';
import { testDatabase } from '../../helpers/test-database';

// The key the chosen language has always been stored under: what existing users' browsers hold.
const CHOSEN_LANGUAGE_KEY = 'chosenLanguage';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (language: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));

const english = load('en');
const finnish = load('fi');

describe('translations', () => {
  it('has English and Finnish, and nothing half-done', () => {
    expect(readdirSync('public/_locales').sort()).toEqual(['en', 'fi']);
  });

  it('has every message in both languages, in the same order', () => {
    expect(Object.keys(finnish)).toEqual(Object.keys(english));
  });

  it.each([
    ['en', english],
    ['fi', finnish],
  ])(
    'has each counted message of %s in every plural form the language has, and no stray form',
    (language, messages) => {
      const counted = Object.keys(messages).flatMap((key) => /^(.+)_other$/.exec(key)?.[1] ?? []);
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of counted) {
        for (const category of categories) expect(Object.keys(messages)).toContain(`${key}_${category}`);
      }
      const strays = Object.keys(messages).filter((key) => {
        const [, counts, category] = /^(.+)_(zero|one|two|few|many)$/.exec(key) ?? [];
        return (
          counts !== undefined && !(counted.includes(counts) && categories.includes(category as Intl.LDMLPluralRule))
        );
      });
      expect(strays).toEqual([]);
    },
  );

  it.each(Object.keys(english))('%s has the same placeholders in both, each used in the text', (key) => {
    const names = (messages: Messages) => Object.keys(messages[key].placeholders ?? {}).sort();
    expect(names(finnish)).toEqual(names(english));
    for (const messages of [english, finnish]) {
      for (const name of names(messages)) expect(messages[key].message).toContain(`$${name.toUpperCase()}$`);
      expect(messages[key].message.trim()).not.toBe('');
    }
  });

  it('uses every message key somewhere in the code', () => {
    const sources = ['components', 'entrypoints', 'utils']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => `${e.parentPath}/${e.name}`),
      )
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const manifest = readFileSync('wxt.config.ts', 'utf8');
    // type_<interaction> keys are built from the interaction types; cadence_<days> are listed in components/rhythm.tsx;
    // a counted message's forms (<key>_one, <key>_other) are chosen by tPlural('<key>', count).
    const unused = Object.keys(english).filter(
      (key) =>
        !key.startsWith('type_') &&
        !sources.includes(`'${key}'`) &&
        !new RegExp(`tPlural\\(\\s*'${key.replace(/_(zero|one|two|few|many|other)$/, '')}'`).test(sources) &&
        !sources.includes(`"${key}"`) &&
        !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('a language chosen in the settings', () => {
  it('formats messages as the browser does: named placeholders, numbered substitutions, $$', () => {
    expect(formatMessage(finnish.contactsShown_other, ['10 000', '3'])).toBe('Näytetään 3 / 10 000 henkilöä');
    expect(formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, ['Aino'])).toBe(
      'Costs $5 for Aino',
    );
    expect(formatMessage({ message: 'No placeholders' }, ['ignored'])).toBe('No placeholders');
  });

  it('is stored for every part of the extension, and t() and Intl follow it', async () => {
    fakeBrowser.reset();
    const db = testDatabase();
    try {
      await updateSettings(db, { language: 'fi' }, Date.now());
      await syncLanguage(db);
      expect(t('dashboardContacts')).toBe('Kontaktit');
      expect(uiLocale()).toBe('fi');

      await updateSettings(db, { language: 'browser' }, Date.now());
      await syncLanguage(db);
      expect(await fakeBrowser.storage.local.get(CHOSEN_LANGUAGE_KEY)).toEqual({});
      vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
      expect(uiLocale()).toBe('en-GB');
    } finally {
      await db.delete();
    }
  });
});

describe('counts', () => {
  const speak = async (language: 'en' | 'fi') => {
    fakeBrowser.reset();
    const messages = language === 'en' ? english : finnish;
    await fakeBrowser.storage.local.set({ [CHOSEN_LANGUAGE_KEY]: { language, messages } });
    await loadChosenLanguage();
  };

  it('takes the English form for the count, with the number written as English writes it', async () => {
    await speak('en');
    expect(tPlural('importExportSkipped', 1)).toBe('1 file skipped: it is not about the people you know');
    expect(tPlural('importExportSkipped', 2)).toBe('2 files skipped: they are not about the people you know');
    expect(tPlural('importExportSkipped', 0)).toBe('0 files skipped: they are not about the people you know');
    expect(tPlural('importExportSkipped', 12345)).toBe('12,345 files skipped: they are not about the people you know');
    expect(tPlural('tagRemoveConfirm', 1, 'mentors')).toBe('Remove the tag mentors from 1 person? The person stays.');
    expect(tPlural('reciprocityReceived', 1)).toBe('they helped once');
    expect(tPlural('reciprocityReceived', 3)).toBe('they helped 3 times');
  });

  it('takes the Finnish form for the count, with the number written as Finnish writes it', async () => {
    await speak('fi');
    expect(tPlural('badgeDue', 1)).toBe('1 henkilö odottaa yhteydenottoa');
    expect(tPlural('badgeDue', 2)).toBe('2 henkilöä odottaa yhteydenottoa');
    expect(tPlural('badgeDue', 0)).toBe('0 henkilöä odottaa yhteydenottoa');
    // Finnish groups thousands with a no-break space.
    expect(tPlural('badgeDue', 12345)).toBe('12\u00a0345 henkilöä odottaa yhteydenottoa');
    expect(tPlural('tagRemoveConfirm', 1, 'mentorit')).toBe(
      'Poistetaanko tunniste mentorit 1 henkilöltä? Henkilö säilyy.',
    );
    expect(tPlural('cadenceEveryDays', 1)).toBe('päivittäin');
    expect(tPlural('cadenceEveryDays', 45)).toBe('45 päivän välein');
  });
});
