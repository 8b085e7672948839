/**
 * The language the user chose in the dashboard (settings), made available to every part of the extension: its
 * messages are put in storage.local, where the panel, the popup and the dashboard load them as they start
 * (utils/i18n.ts). The browser's own language needs nothing stored.
 */
import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';
import finnish from '@/public/_locales/fi/messages.json';
import type { ContactsDatabase } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import { CHOSEN_LANGUAGE_KEY, loadChosenLanguage, type ChosenLanguage } from '@/utils/i18n';

const MESSAGES = { en: english, fi: finnish };

/** Brings storage.local in line with the settings (after a change, an import, or at start), then loads it here. */
export async function syncLanguage(db: ContactsDatabase): Promise<void> {
  const { language } = await loadSettings(db);
  const stored = (await browser.storage.local.get(CHOSEN_LANGUAGE_KEY))[CHOSEN_LANGUAGE_KEY] as
    ChosenLanguage | undefined;
  if (language === 'browser' && stored) await browser.storage.local.remove(CHOSEN_LANGUAGE_KEY);
  if (language !== 'browser' && stored?.language !== language) {
    const chosen: ChosenLanguage = { language, messages: MESSAGES[language] };
    await browser.storage.local.set({ [CHOSEN_LANGUAGE_KEY]: chosen });
  }
  await loadChosenLanguage();
}
