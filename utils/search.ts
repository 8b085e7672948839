/**
 * Finding people by any word the user remembers: a name, a company, a tag, a word from a note. Pure.
 *
 * Words are folded (lower case, accents off: "Hämeenlinna" is found by "hameenlinna") and kept in a sorted
 * array, so that a query word is a binary search plus a walk over the words it begins: the cost of a keystroke
 * follows how many words match, not how many people there are.
 */

/** Lower case without accents or diacritics: ä → a, ö → o, å → a, é → e. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A letter or digit of any script: what words are made of. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** How many code units the character at `at` takes: two for a surrogate pair, else one. */
function lengthAt(text: string, at: number): 1 | 2 {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Whether the character of `length` code units at `at` of a folded (lower-case) text belongs to a word. */
function inWord(folded: string, at: number, length: 1 | 2): boolean {
  const code = folded.charCodeAt(at);
  // ASCII, most of any note, without the regular expression: a–z and 0–9.
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHARACTER.test(folded.slice(at, at + length));
}

/**
 * The distinct folded words of some texts: runs of letters and digits, in the order they first come. A scan
 * rather than splitting on /[^\p{L}\p{N}]+/u, which gives the same words (a test holds it to that) in twice the
 * time; every write of a person works out the words of their whole timeline.
 */
export function wordsOf(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    const folded = fold(text);
    let start = -1;
    for (let at = 0; at < folded.length;) {
      const length = lengthAt(folded, at);
      if (inWord(folded, at, length)) {
        if (start < 0) start = at;
      } else if (start >= 0) {
        words.add(folded.slice(start, at));
        start = -1;
      }
      at += length;
    }
    if (start >= 0) words.add(folded.slice(start));
  }
  return [...words];
}

/** What can be searched of one person. */
export interface Searchable {
  key: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  tags: readonly string[];
  /** The distinct words of the person's timeline, stored with the contact (utils/db). */
  timelineWords?: string;
}

export interface SearchIndex {
  /** Every distinct word, sorted by code unit, so that the words a prefix begins are one range. */
  words: string[];
  /** The keys of the people each word (same position in `words`) belongs to. */
  keys: string[][];
}

export function buildSearchIndex(people: Iterable<Searchable>): SearchIndex {
  const keysByWord = new Map<string, string[]>();
  for (const person of people) {
    const own = wordsOf(person.name, person.headline, person.company, person.location, ...person.tags);
    const timeline = person.timelineWords ? person.timelineWords.split(' ') : [];
    for (const word of new Set([...own, ...timeline])) {
      const keys = keysByWord.get(word);
      if (keys) keys.push(person.key);
      else keysByWord.set(word, [person.key]);
    }
  }
  const words = [...keysByWord.keys()].sort();
  return { words, keys: words.map((word) => keysByWord.get(word)!) };
}

/** The first position in the sorted words at or after `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Everyone with a word that begins with `prefix`. */
function peopleWithPrefix(index: SearchIndex, prefix: string): Set<string> {
  const found = new Set<string>();
  for (let at = lowerBound(index.words, prefix); at < index.words.length; at++) {
    if (!index.words[at]!.startsWith(prefix)) break;
    for (const key of index.keys[at]!) found.add(key);
  }
  return found;
}

/**
 * The keys of everyone who has, for every word of the query, a word that begins with it; null for an empty
 * query (no filter).
 */
export function search(index: SearchIndex, query: string): Set<string> | null {
  const prefixes = wordsOf(query);
  if (prefixes.length === 0) return null;
  // The longest prefix matches fewest people: start from it, and narrow.
  prefixes.sort((a, b) => b.length - a.length);
  let found = peopleWithPrefix(index, prefixes[0]!);
  for (const prefix of prefixes.slice(1)) {
    if (found.size === 0) break;
    const more = peopleWithPrefix(index, prefix);
    found = new Set([...found].filter((key) => more.has(key)));
  }
  return found;
}
