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
