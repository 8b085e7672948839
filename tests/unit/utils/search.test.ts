import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, search, wordsOf, type Searchable } from '@/utils/search';

const person = (key: string, fields: Partial<Searchable> = {}): Searchable => ({
  key,
  name: '',
  headline: '',
  company: '',
  location: '',
  tags: [],
  ...fields,
});

const people = [
  person('aino', {
    name: 'Aino Virtanen',
    headline: 'Product designer',
    company: 'Revontuli Oy',
    location: 'Hämeenlinna',
    tags: ['mentors'],
  }),
  person('mikko', { name: 'Mikko Korhonen', company: 'Kide Analytics', tags: ['former colleagues'] }),
  person('liisa', {
    name: 'Liisa Mäkelä',
    timelineWords: wordsOf('Kahvit Åbo Akademissa: puhuttiin datasta').join(' '),
  }),
];
const index = buildSearchIndex(people);
const found = (query: string) => [...(search(index, query) ?? [])].sort();

describe('folding', () => {
  it('drops case and accents, so that Finnish letters match their plain forms', () => {
    expect(fold('Hämeenlinna ÖSTERBOTTEN Åbo café')).toBe('hameenlinna osterbotten abo cafe');
  });
  it('splits words on anything but letters and digits, once each', () => {
    expect(wordsOf('UX-päivät 2026, UX!')).toEqual(['ux', 'paivat', '2026']);
  });
  it('finds the words the plain definition does, in its order, in any text of any script', () => {
    // Letters and digits in any script, split on everything else: the definition, without a fast path.
    const plainly = (texts: string[]) => [
      ...new Set(texts.flatMap((text) => fold(text).split(/[^\p{L}\p{N}]+/u)).filter(Boolean)),
    ];
    const character = fc.oneof(
      fc.constantFrom(...'aZ9 äÅé-,.\n_\u0301\u00ad', '\ud83d', '\ude00', '😀', '𝟘', '𐐀'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      // Lone surrogates and the rest of UTF-16 too: a pasted note may hold anything.
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const text = fc.array(character, { maxLength: 30 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        expect(wordsOf(...texts)).toEqual(plainly(texts));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search', () => {
  it('finds by name, headline, company, location and tag, accent- and case-insensitively', () => {
    expect(found('hameenlinna')).toEqual(['aino']);
    expect(found('VIRTANEN')).toEqual(['aino']);
    expect(found('designer')).toEqual(['aino']);
    expect(found('kide')).toEqual(['mikko']);
    expect(found('colleagues')).toEqual(['mikko']);
    expect(found('mäkelä')).toEqual(['liisa']);
  });
  it('finds a word from the timeline', () => {
    expect(found('abo')).toEqual(['liisa']);
    expect(found('datasta')).toEqual(['liisa']);
  });
  it('matches the beginnings of words, as the user types', () => {
    expect(found('m')).toEqual(['aino', 'liisa', 'mikko']);
    expect(found('mi')).toEqual(['mikko']);
    expect(found('kor')).toEqual(['mikko']);
    expect(found('rhonen')).toEqual([]);
  });
  it('needs every word of the query', () => {
    expect(found('aino revontuli')).toEqual(['aino']);
    expect(found('aino kide')).toEqual([]);
    expect(found('  kide ,  mikko ')).toEqual(['mikko']);
  });
  it('filters nothing for an empty query', () => {
    expect(search(index, '')).toBeNull();
    expect(search(index, ' - ')).toBeNull();
  });
  it('finds nothing in an empty index', () => {
    expect(search(buildSearchIndex([]), 'aino')).toEqual(new Set());
  });
});

describe('letters that do not decompose, apostrophes and hyphens', () => {
  const people = [
    { key: 'lukasz', name: 'Łukasz Wiśniewski', headline: '', company: 'Łódź Tech', location: '', tags: [] },
    { key: 'soren', name: 'Søren Kierkegaard', headline: '', company: '', location: 'Århus', tags: [] },
    { key: 'obrien', name: "Siobhán O'Brien", headline: '', company: 'Æble & Œuvre', location: '', tags: [] },
    { key: 'gross', name: 'Jean-Pierre Groß', headline: '', company: 'Þingvellir Đoàn', location: '', tags: [] },
  ];
  const index = buildSearchIndex(people);
  it.each([
    ['lodz', 'lukasz'],
    ['lukasz', 'lukasz'],
    ['soren', 'soren'],
    ['obrien', 'obrien'],
    ["o'brien", 'obrien'],
    ['aeble', 'obrien'],
    ['oeuvre', 'obrien'],
    ['gross', 'gross'],
    ['jean-pierre', 'gross'],
    ['pierre', 'gross'],
    ['thingvellir', 'gross'],
    ['doan', 'gross'],
  ])('"%s" finds %s', (query, key) => {
    expect([...(search(index, query) ?? [])]).toEqual([key]);
  });

  it('folds a note’s stored words the same way, however they were stored', () => {
    const stored = buildSearchIndex([{ ...people[0]!, name: 'Someone', company: '', timelineWords: 'łódź kaffe' }]);
    expect([...(search(stored, 'lodz') ?? [])]).toEqual(['lukasz']);
  });

  /** Every letter of the Latin blocks: Basic Latin to Latin Extended-B, Latin Extended Additional, the ligatures. */
  const LATIN = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
    [0xfb00, 0xfb06],
  ].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, at) => String.fromCodePoint(from! + at)));
  const letters = LATIN.filter((char) => /\p{L}/u.test(char));

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters, ' ', "'", '-', 'x') }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
      }),
    );
  });

  it('folds every letter of the Latin blocks to ASCII, or leaves a letter', () => {
    for (const letter of letters) expect(fold(letter), letter).toMatch(/^(?:[a-z]+|\p{L}+)$/u);
    const unfolded = letters.filter((letter) => !/^[a-z]+$/.test(fold(letter)));
    // The few left as letters are those with no plain Latin reading, such as ə (schwa) and ʒ (ezh).
    expect(unfolded.length).toBeLessThan(letters.length / 10);
  });
});
