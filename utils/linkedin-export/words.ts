/** The words of the entries an export writes, said of what each records (export-said.ts). Pure. */
import type { ExportSaid } from '../model/export-said';
import type { Translator } from '../message-format';

/** The words, in the user's language: the background gives them at the import, the panel whenever it shows one. */
export interface ExportWords {
  connected(): string;
  /** `count` messages on one day of a conversation; `title` for a group's. */
  messages(count: number, title: string): string;
  invitationSent(note: string): string;
  invitedYou(note: string): string;
  endorsed(skill: string): string;
  endorsedYou(skill: string): string;
  recommended(text: string): string;
  recommendedYou(text: string): string;
}

/** What an entry of the export records, in words. */
export function sayExport(said: ExportSaid, words: ExportWords): string {
  switch (said.kind) {
    case 'connected':
      return words.connected();
    case 'messages':
      return words.messages(said.count, said.title);
    case 'invitationSent':
    case 'invitedYou':
      return words[said.kind](said.note);
    case 'endorsed':
    case 'endorsedYou':
      return words[said.kind](said.skill);
    case 'recommended':
    case 'recommendedYou':
      return words[said.kind](said.text);
  }
}

/**
 * The words made with a translator: the extension's i18n, or a worker's own table (message-format.ts). Called
 * `say`, not taken apart into `t` and `tPlural`: WXT would take those names for its auto-imports of utils/i18n.ts,
 * and bring the browser's API into the worker, where it cannot load.
 */
export function exportWordsIn(say: Translator): ExportWords {
  // tPlural makes its Intl.PluralRules and NumberFormat on every call: tens of thousands of message entries, with
  // a few counts among them, took seconds. Each count's words are made once.
  const counted = new Map<string, string>();
  const connected = say.t('exportEntryConnected');
  return {
    connected: () => connected,
    messages: (count, title) => {
      const key = `${count}\n${title}`;
      let words = counted.get(key);
      if (words === undefined) {
        words = title
          ? say.tPlural('exportEntryGroupMessages', count, title)
          : say.tPlural('exportEntryMessages', count);
        counted.set(key, words);
      }
      return words;
    },
    invitationSent: (note) => (note ? say.t('exportEntryInvitationNote', note) : say.t('exportEntryInvitationSent')),
    invitedYou: (note) => (note ? say.t('exportEntryInvitedYouNote', note) : say.t('exportEntryInvitedYou')),
    endorsed: (skill) => say.t('exportEntryEndorsed', skill),
    endorsedYou: (skill) => say.t('exportEntryEndorsedYou', skill),
    recommended: (text) => say.t('exportEntryRecommended', text),
    recommendedYou: (text) => say.t('exportEntryRecommendedYou', text),
  };
}
