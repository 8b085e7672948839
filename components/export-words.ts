/**
 * The words of the entries LinkedIn's export writes, in the language of the moment: written into their text at
 * the import, and said again whenever they are shown, so that they follow the extension's language.
 */
import { t, tPlural } from '@/utils/i18n';
import type { Entry } from '@/utils/model/entry';
import { exportWordsIn, sayExport, type ExportWords } from '@/utils/linkedin-export/words';

/** The export's words in the extension's language of the moment. */
export function exportWords(): ExportWords {
  return exportWordsIn({ t, tPlural });
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
