/**
 * What an entry of LinkedIn's export records, without words: its kind and its figures. The words are said when
 * the entry is shown, in the language of the moment (utils/linkedin-export/words.ts), so that switching the
 * extension's language switches them too. The entry's text keeps them as the import said them: for search, and
 * for a version of the extension that does not know this.
 */

/** The kinds, each named as the words that say it (ExportWords). */
export const EXPORT_SAID_KINDS = [
  'connected',
  'messages',
  'invitationSent',
  'invitedYou',
  'endorsed',
  'endorsedYou',
  'recommended',
  'recommendedYou',
] as const;

export type ExportSaid =
  | { kind: 'connected' }
  /** `count` messages on one day of a conversation; `title` for a group's, else empty. */
  | { kind: 'messages'; count: number; title: string }
  | { kind: 'invitationSent' | 'invitedYou'; note: string }
  | { kind: 'endorsed' | 'endorsedYou'; skill: string }
  | { kind: 'recommended' | 'recommendedYou'; text: string };
