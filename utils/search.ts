/**
 * Finding people by any word the user remembers: a name, a company, a tag, a word from a note. Pure.
 *
 * Words are folded (lower case, accents off: "Hämeenlinna" is found by "hameenlinna") and kept in a sorted
 * array, so that a query word is a binary search plus a walk over the words it begins: the cost of a keystroke
 * follows how many words match, not how many people there are.
 */

/**
 * Latin letters that keep no accent to take off but are letters of their own, as people type them on a plain
 * keyboard: "lodz" finds Łódź, "soren" Søren, "gross" Groß. (Compatibility forms, ĳ or ﬁ, NFKD takes apart.) The
 * few left, such as ə and ʒ, have no plain reading and stay letters.
 */
const PLAIN_LATIN =
  'ß=ss æ=ae œ=oe ø=o ł=l đ=d ð=d þ=th ħ=h ı=i ĸ=k ŋ=n ŧ=t ƀ=b ɓ=b ƃ=b ƈ=c ȼ=c ɖ=d ɗ=d ƌ=d ȡ=d ɇ=e ƒ=f ' +
  'ɠ=g ǥ=g ɉ=j ȷ=j ƙ=k ƚ=l ȴ=l ỻ=ll ɲ=n ƞ=n ȵ=n ɵ=o ƥ=p ɋ=q ʀ=r ɍ=r ȿ=s ẜ=s ẝ=s ƫ=t ƭ=t ʈ=t ȶ=t ⱦ=t ⱥ=a ' +
  'ʋ=v ƴ=y ɏ=y ƶ=z ȥ=z ɀ=z';
/** PLAIN_LATIN as a map and a pattern, made at the first fold: the content script imports this file, folding nothing. */
let plainLatin: { plain: Map<string, string>; letters: RegExp } | undefined;
function plainLatinLetters() {
  if (!plainLatin) {
    const plain = new Map(PLAIN_LATIN.split(' ').map((pair) => pair.split('=') as [string, string]));
    plainLatin = { plain, letters: new RegExp(`[${[...plain.keys()].join('')}]`, 'gu') };
  }
  return plainLatin;
}
/** The Catalan middle dot (col·legi, and ŀ taken apart), which people leave out when they type it. */
const MIDDLE_DOT = /\u00b7/g;
/** An apostrophe inside a name, which people leave out when they type it: O'Brien, D’Angelo. */
const APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ](?=[\p{L}\p{N}])/gu;

/**
 * A text as search compares it, in one place for the index and the query: lower case, without accents and
 * diacritics (ä → a, é → e), Latin letters of their own in their plain forms (ł → l, ø → o, æ → ae, ß → ss),
 * and without apostrophes inside words (O'Brien → obrien).
 */
export function fold(text: string): string {
  const { plain, letters } = plainLatinLetters();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(letters, (letter) => plain.get(letter)!)
    .replace(MIDDLE_DOT, '')
    .replace(APOSTROPHE, '');
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
 * The distinct folded words of some texts: runs of letters and digits, in the order they first come (a hyphen
 * parts words: Jean-Pierre is found by "jean", by "pierre" and by "jean-pierre"). A scan rather than splitting on
 * /[^\p{L}\p{N}]+/u, which gives the same words (a test holds it to that) in twice the time; every write of a
 * person works out the words of their whole timeline.
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
    // Folded again: words stored before a change of folding are found as those stored since.
    const timeline = person.timelineWords ? fold(person.timelineWords).split(' ') : [];
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
