/** The words of the entries an export import writes, in the user's language at the time of the import. */
import { t, tPlural } from '@/utils/i18n';
import type { ExportWords } from '@/utils/linkedin-export/plan';

export function exportWords(): ExportWords {
  // tPlural makes its Intl.PluralRules and NumberFormat on every call: tens of thousands of message entries, with
  // a few counts among them, took seconds. Each count's words are made once.
  const counted = new Map<string, string>();
  const connected = t('exportEntryConnected');
  return {
    connected: () => connected,
    messages: (count, title) => {
      const key = `${count}\n${title}`;
      let words = counted.get(key);
      if (words === undefined) {
        words = title ? tPlural('exportEntryGroupMessages', count, title) : tPlural('exportEntryMessages', count);
        counted.set(key, words);
      }
      return words;
    },
    invitationSent: (note) => (note ? t('exportEntryInvitationNote', note) : t('exportEntryInvitationSent')),
    invitedYou: (note) => (note ? t('exportEntryInvitedYouNote', note) : t('exportEntryInvitedYou')),
    endorsed: (skill) => t('exportEntryEndorsed', skill),
    endorsedYou: (skill) => t('exportEntryEndorsedYou', skill),
    recommended: (text) => t('exportEntryRecommended', text),
    recommendedYou: (text) => t('exportEntryRecommendedYou', text),
  };
}
