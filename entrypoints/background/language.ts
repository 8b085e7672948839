/**
 * The language the user chose in the dashboard (settings), made available to every part of the extension: its
 * messages are put in storage.local, where the panel, the popup and the dashboard load them as they start
 * (utils/i18n.ts). The browser's own language needs nothing stored.
 */
import english from '@/public/_locales/en/messages.json';
import finnish from '@/public/_locales/fi/messages.json';
import type { Database } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import { loadChosenLanguage, type ChosenLanguage } from '@/utils/i18n';
import { chosenLanguageItem } from '@/utils/storage-items';

/** Our messages in each language, for whatever must say them without the browser's i18n. */
export const MESSAGES = { en: english, fi: finnish };

/** Brings storage.local in line with the settings (after a change, an import, or at start), then loads it here. */
export async function syncLanguage(db: Database): Promise<void> {
  const { language } = await loadSettings(db);
  const stored = await chosenLanguageItem.getValue();
  if (language === 'browser' && stored) await chosenLanguageItem.removeValue();
  if (language !== 'browser' && stored?.language !== language) {
    const chosen: ChosenLanguage = { language, messages: MESSAGES[language] };
    await chosenLanguageItem.setValue(chosen);
  }
  await loadChosenLanguage();
}
