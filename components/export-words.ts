/**
 * The words of the entries LinkedIn's export writes, in the language of the moment: written into their text at
 * the import, and said again whenever they are shown, so that they follow the extension's language.
 */
import { t, tPlural } from '@/utils/i18n';
import type { Entry } from '@/utils/model/entry';
import { sayExport, type ExportWords } from '@/utils/linkedin-export/words';

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

/**
 * An entry's text as shown: what an entry of the export records in today's words, with the texts of messages
 * kept below them as they were; any other entry (and one the user edited) as written.
 */
export function entryText(entry: Pick<Entry, 'text' | 'said'>): string {
  if (!entry.said) return entry.text;
  const kept = entry.said.kind === 'messages' ? entry.text.split('\n').slice(1) : [];
  return [sayExport(entry.said, exportWords()), ...kept].join('\n');
}
