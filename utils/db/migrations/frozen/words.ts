/**
 * A timeline's words for search, as versions 4 to 6 worked them out (a copy of utils/search.ts `wordsOf` as it
 * was): the distinct folded words of the texts, space-separated, in the order they first come. Pure.
 */

/** Lower case without accents or diacritics. Throws on a text that is not a string (no version wrote one). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The distinct folded runs of letters and digits of the texts. */
function wordsOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  return [...words];
}

export function timelineWordsOf(entries: readonly { text: string }[]): string {
  return wordsOf(entries.map((entry) => entry.text)).join(' ');
}
