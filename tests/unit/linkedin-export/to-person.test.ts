/** A planned person added to the one stored: the law that nothing the user typed is overwritten. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedPerson } from '@/utils/linkedin-export/plan';
import { personWithExport } from '@/utils/linkedin-export/to-person';
import { mergeVersions } from '@/utils/model/merge';
import { newPerson, setFields, type Person } from '@/utils/model/person';
import { refreshFromProfile } from '@/utils/model/profile';
import { ainoProfile } from '../../helpers/profiles';

const NOW = Date.UTC(2026, 4, 1, 9);
const DAY = 86_400_000;

/** A field as either side may have it: often empty, which is what the export may fill. */
const text = fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 12 }));
const day = fc.option(fc.integer({ min: 0, max: 3000 }).map((days) => NOW - days * DAY));

describe('a person with what the export says of them', () => {
  it('keeps every field the user typed, and takes the export’s only where theirs is empty', () => {
    fc.assert(
      fc.property(
        fc.record({ name: text, headline: text, company: text, email: text, connectedAt: day }),
        fc.record({ name: text, position: text, company: text, email: text, connectedAt: day }),
        (typed, inFile) => {
          const stored = newPerson('aino', { aliases: ['aino'], ...typed }, NOW - DAY);
          const planned: PlannedPerson = { key: 'aino', slug: 'aino', ...inFile, entries: [], wroteAt: null };
          const next = personWithExport(stored, planned, NOW);
          expect(next.name).toBe(typed.name || inFile.name);
          expect(next.headline).toBe(typed.headline || inFile.position);
          expect(next.company).toBe(typed.company || inFile.company);
          expect(next.email).toBe(typed.email || inFile.email);
          expect(next.connectedAt).toBe(typed.connectedAt ?? inFile.connectedAt);
        },
      ),
    );
  });
});

describe('one export imported on two computers in two languages', () => {
  it('merges to the same person whichever way round: an entry’s version is named by what it says', () => {
    const entry = {
      id: 'linkedin-messages-1',
      type: 'message' as const,
      said: { kind: 'messages', count: 3, title: '' } as const,
      at: NOW - DAY,
    };
    const planned = (text: string): PlannedPerson => ({
      key: 'aino',
      slug: 'aino',
      name: 'Aino',
      company: '',
      position: '',
      email: '',
      connectedAt: null,
      entries: [{ ...entry, text }],
      wroteAt: null,
    });
    const english = personWithExport(undefined, planned('3 messages'), NOW);
    const finnish = personWithExport(undefined, planned('3 viestiä'), NOW);
    expect(mergeVersions(english, finnish)).toEqual(mergeVersions(finnish, english));
  });
});

describe('a person from the export, then seen on their profile', () => {
  const page = fc.record({
    headline: fc.string({ minLength: 1, maxLength: 12 }),
    company: fc.string({ minLength: 1, maxLength: 12 }),
  });
  const seenOnPage = (person: Person, shown: { headline: string; company: string }) => {
    const { fields, changes } = refreshFromProfile(person, ainoProfile({ key: 'aino', slug: 'aino', ...shown }));
    return { person: setFields(person, fields, NOW + DAY), changes };
  };

  it('takes the page’s headline and company over the export’s, keeps what the user typed, and says no change', () => {
    fc.assert(
      fc.property(
        fc.record({ headline: text, company: text }),
        fc.record({ name: text, position: text, company: text, email: text, connectedAt: day }),
        page,
        (typed, inFile, shown) => {
          const stored = newPerson('aino', { aliases: ['aino'], ...typed }, NOW - DAY);
          const planned: PlannedPerson = { key: 'aino', slug: 'aino', ...inFile, entries: [], wroteAt: null };
          const { person, changes } = seenOnPage(personWithExport(stored, planned, NOW), shown);
          // The export's Position is no headline, and its company may be years old: neither is news.
          expect(changes).toEqual([]);
          const fromExport = { headline: inFile.position, company: inFile.company };
          for (const field of ['headline', 'company'] as const) {
            const typedHere = typed[field] !== '' && typed[field] !== fromExport[field];
            expect(person[field]).toBe(typedHere ? typed[field] : shown[field]);
          }
          expect(person.lastSeen).toEqual(shown);
        },
      ),
    );
  });

  it('leaves a person already seen on a page to the page’s own rule: the export changes no lastSeen', () => {
    fc.assert(
      fc.property(
        fc.record({ name: text, position: text, company: text, email: text, connectedAt: day }),
        page,
        (inFile, seen) => {
          const stored = newPerson(
            'aino',
            { aliases: ['aino'], headline: seen.headline, company: seen.company, lastSeen: seen },
            NOW - DAY,
          );
          const planned: PlannedPerson = { key: 'aino', slug: 'aino', ...inFile, entries: [], wroteAt: null };
          expect(personWithExport(stored, planned, NOW).lastSeen).toEqual(seen);
        },
      ),
    );
  });
});
