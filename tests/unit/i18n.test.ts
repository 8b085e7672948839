import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncLanguage } from '@/entrypoints/background/language';
import { ContactsDatabase } from '@/utils/db/database';
import { updateSettings } from '@/utils/db/contacts-store';
import { CHOSEN_LANGUAGE_KEY, formatMessage, t, uiLocale } from '@/utils/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (language: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));

const english = load('en');
const finnish = load('fi');

describe('translations', () => {
  it('has English and Finnish, and nothing half-done', () => {
    expect(readdirSync('public/_locales').sort()).toEqual(['en', 'fi']);
  });

  it('has every message in both languages', () => {
    expect(Object.keys(finnish).sort()).toEqual(Object.keys(english).sort());
  });

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
    // type_<interaction> keys are built from the interaction types; cadence_<days> are listed in components/cadence.tsx.
    const unused = Object.keys(english).filter(
      (key) =>
        !key.startsWith('type_') &&
        !sources.includes(`'${key}'`) &&
        !sources.includes(`"${key}"`) &&
        !manifest.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('a language chosen in the settings', () => {
  it('formats messages as the browser does: named placeholders, numbered substitutions, $$', () => {
    expect(formatMessage(finnish.contactsShown, ['3', '10 000'])).toBe('Näytetään 3 / 10 000 henkilöä');
    expect(formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, ['Aino'])).toBe(
      'Costs $5 for Aino',
    );
    expect(formatMessage({ message: 'No placeholders' }, ['ignored'])).toBe('No placeholders');
  });

  it('is stored for every part of the extension, and t() and Intl follow it', async () => {
    fakeBrowser.reset();
    const db = new ContactsDatabase(`test-${crypto.randomUUID()}`);
    try {
      await updateSettings(db, { language: 'fi' });
      await syncLanguage(db);
      expect(t('dashboardContacts')).toBe('Kontaktit');
      expect(uiLocale()).toBe('fi');

      await updateSettings(db, { language: 'browser' });
      await syncLanguage(db);
      expect(await fakeBrowser.storage.local.get(CHOSEN_LANGUAGE_KEY)).toEqual({});
      vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
      expect(uiLocale()).toBe('en-GB');
    } finally {
      await db.delete();
    }
  });
});
