/**
 * The merge across versions of the extension, checked by fast-check: documents as a newer version writes them,
 * with fields on the person and on entries, and timeline entries, that this version does not know (a new entry
 * type, a note longer than this version's limit). Read as sync and backups read them (PersonSchema), merged by
 * mergeVersions and written back (personToJson), any mix of them gives the same document in every order, and
 * no field or entry the newer version wrote is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/model/canonical';
import { joinPeople } from '@/utils/model/join';
import { mergeVersions } from '@/utils/model/merge';
import { deletePerson, newPerson, setFields, type Person } from '@/utils/model/person';
import { personToJson } from '@/utils/model/person-json';
import { PersonSchema } from '@/utils/model/schemas';
import { addEntry, deleteEntry, editEntry } from '@/utils/model/timeline';

const BASE = Date.UTC(2026, 0, 1);

/** Versions of one person this version wrote: the histories a newer version's writes are added to. */
function ownVersions(): Person[] {
  const start = newPerson('aino', { name: 'Aino', aliases: ['aino'] }, BASE);
  const withNote = { ...start, timeline: addEntry([], { type: 'note', text: 'Slush', at: BASE }, BASE, 'e1') };
  const renamed = setFields(withNote, { name: 'Aino Virtanen' }, BASE + 3);
  const secondNote = {
    ...withNote,
    timeline: addEntry(withNote.timeline, { type: 'call', text: 'Hi', at: BASE }, BASE + 2, 'e2'),
  };
  const edited = { ...withNote, timeline: editEntry(withNote.timeline, 'e1', { text: 'Slush 2026' }, BASE + 4)! };
  const deleted = { ...secondNote, timeline: deleteEntry(secondNote.timeline, 'e1', BASE + 5)! };
  return [start, withNote, renamed, secondNote, edited, deleted];
}
const OWN = ownVersions();
/** The first version of e1: a newer version gave it a field of its own ("mood"). */
const FIRST_E1 = OWN[1]!.timeline[0]!.rev;

/**
 * Timeline versions a newer version wrote that this one cannot read: each rev always the same content, as a
 * version never changes once written. x1 and x2 are of a type unknown here; x3 is a note longer than the limit.
 */
function foreignVersion(n: number): Record<string, unknown> {
  const id = n < 3 ? 'x1' : n < 6 ? 'x2' : 'x3';
  const first = n < 3 ? 0 : n < 6 ? 3 : 6;
  const past = Array.from({ length: n - first }, (_, i) => `f${first + i}`);
  const common = { id, rev: `f${n}`, past, at: BASE, createdAt: BASE, updatedAt: BASE + n + 1 };
  if (id === 'x3') return { ...common, type: 'note', text: 'long '.repeat(4001 + n) };
  return { ...common, type: 'voice-memo', text: '', audio: { clip: `clip-${n}`, seconds: n } };
}

/** Only the versions that no other chosen one replaces, as a real document holds them. */
function headsOf(chosen: number[]): Record<string, unknown>[] {
  const versions = chosen.map(foreignVersion);
  const replaced = new Set(versions.flatMap((v) => v.past as string[]));
  return versions.filter((v) => !replaced.has(v.rev as string));
}

interface Written {
  base: Person;
  fields: Record<string, { value: unknown; at: number }>;
  foreign: number[];
}

const jsonValue = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.boolean()),
);

const written: fc.Arbitrary<Written> = fc.record({
  base: fc.constantFrom(...OWN),
  fields: fc.dictionary(
    fc.constantFrom('voice', 'pinned', 'birthday'),
    fc.record({ value: jsonValue, at: fc.integer({ min: 1, max: 4 }).map((minutes) => BASE + minutes) }),
  ),
  foreign: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
});

/** A document as a newer version writes it to the server or a backup. */
function wire({ base, fields, foreign }: Written): Record<string, unknown> {
  const doc = JSON.parse(personToJson(base)) as Record<string, unknown> & {
    changedAt: Record<string, number>;
    timeline: Record<string, unknown>[];
  };
  for (const [name, { value, at }] of Object.entries(fields)) {
    doc[name] = value;
    doc.changedAt[name] = at;
  }
  doc.timeline = [
    ...doc.timeline.map((entry) => (entry.rev === FIRST_E1 ? { ...entry, mood: 'glad' } : entry)),
    ...headsOf(foreign),
  ];
  return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
}

function read(raw: unknown): Person {
  const parsed = PersonSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data as Person;
}

const out = (doc: Person) => canonicalJson(JSON.parse(personToJson(doc)));
const RUNS = { numRuns: 300 };

describe('mergeVersions over documents of newer versions', () => {
  it('writes a document back as it came', () => {
    fc.assert(
      fc.property(written, (w) => {
        expect(out(read(wire(w)))).toBe(canonicalJson(wire(w)));
      }),
      RUNS,
    );
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(written, written, written, (x, y, z) => {
        const [a, b, c] = [read(wire(x)), read(wire(y)), read(wire(z))];
        expect(out(mergeVersions(a, b))).toBe(out(mergeVersions(b, a)));
        expect(out(mergeVersions(mergeVersions(a, b), c))).toBe(out(mergeVersions(a, mergeVersions(b, c))));
        expect(out(mergeVersions(a, a))).toBe(out(a));
        expect(out(mergeVersions(mergeVersions(a, b), b))).toBe(out(mergeVersions(a, b)));
      }),
      RUNS,
    );
  });

  it('loses no field and no entry a newer version wrote', () => {
    fc.assert(
      fc.property(fc.array(written, { minLength: 1, maxLength: 4 }), (versions) => {
        const merged = JSON.parse(personToJson(versions.map((w) => read(wire(w))).reduce(mergeVersions)));
        // Each unknown field: there, with the value of its newest change.
        for (const name of new Set(versions.flatMap((w) => Object.keys(w.fields)))) {
          const newest = Math.max(...versions.flatMap((w) => (w.fields[name] ? [w.fields[name].at] : [])));
          const values = versions.flatMap((w) =>
            w.fields[name]?.at === newest ? [canonicalJson(w.fields[name].value)] : [],
          );
          expect(values).toContain(canonicalJson(merged[name]));
          expect(merged.changedAt[name]).toBe(newest);
        }
        // Each version written: there as it came, or replaced by a version that is there.
        const timeline = merged.timeline as Record<string, unknown>[];
        const replaced = new Set(timeline.flatMap((v) => v.past as string[]));
        for (const w of versions) {
          for (const version of wire(w).timeline as Record<string, unknown>[]) {
            const kept = timeline.find((v) => v.rev === version.rev);
            if (kept) expect(canonicalJson(kept)).toBe(canonicalJson(version));
            else expect(replaced.has(version.rev as string)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('deletes the carried entries too when the person is deleted here: no text stays behind', () => {
    const doc = read(wire({ base: OWN[1]!, fields: {}, foreign: [1, 3, 6] }));
    const deleted = JSON.parse(personToJson(deletePerson(doc, BASE + 100)));
    expect(deleted.timeline.filter((v: { deleted?: true }) => !v.deleted)).toEqual([]);
    expect(JSON.stringify(deleted)).not.toMatch(/clip-|long/);
  });

  it('still refuses a document whose own fields are wrong: only the unknown remainder is carried', () => {
    const good = wire({ base: OWN[3]!, fields: { pinned: { value: true, at: BASE } }, foreign: [0] });
    const timeline = good.timeline as Record<string, unknown>[];
    const spoilt = [
      { ...good, name: 7 },
      { ...good, changedAt: { ...(good.changedAt as object), pinned: 'yesterday' } },
      // A note this version reads, with a time it does not allow.
      { ...good, timeline: timeline.map((v) => (v.type === 'call' ? { ...v, at: -1 } : v)) },
      // An entry it cannot read, without what every version of an entry has.
      { ...good, timeline: timeline.map((v) => (v.type === 'voice-memo' ? { ...v, rev: undefined } : v)) },
    ];
    expect(PersonSchema.safeParse(good).success).toBe(true);
    for (const doc of spoilt) expect(PersonSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(false);
  });

  it('moves the carried entries with the rest when two people are joined', () => {
    const other = read(wire({ base: OWN[1]!, fields: {}, foreign: [1, 3] }));
    const keep = newPerson('aino-v', { name: 'Aino V', aliases: ['aino-v'] }, BASE);
    const joined = JSON.parse(personToJson(joinPeople(keep, other, BASE + 50).keep));
    const revs = (joined.timeline as { rev: string }[]).map((v) => v.rev);
    expect(revs).toEqual(expect.arrayContaining(['f1', 'f3']));
  });
});
