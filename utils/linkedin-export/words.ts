/** The words of the entries an export writes, said of what each records (export-said.ts). Pure. */
import type { ExportSaid } from '../model/export-said';

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
