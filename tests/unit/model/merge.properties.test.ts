/**
 * The laws of mergeVersions, checked by fast-check over versions of one person that the extension can reach:
 * several devices start from one person, each changes it (fields, entries added, edited from a fresh or a stale
 * view, deleted; the person deleted and brought back) and now and then takes in another device's version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/model/canonical';
import { mergeVersions } from '@/utils/model/merge';
import {
  deletePerson,
  isAlive,
  keptAfterDeletion,
  newPerson,
  restorePerson,
  setFields,
  type Person,
} from '@/utils/model/person';
import { addEntry, deleteEntry, editEntry, visibleEntries } from '@/utils/model/timeline';

const BASE = Date.UTC(2026, 0, 1);
const ENTRY_IDS = ['e1', 'e2'];

type Step =
  | {
      kind: 'field';
      device: number;
      at: number;
      field: 'name' | 'headline' | 'tags' | 'contactedAt' | 'aliases';
      value: number;
    }
  | { kind: 'add'; device: number; at: number; id: string; text: string }
  | { kind: 'edit'; device: number; at: number; id: string; text: string; stale: boolean }
  | { kind: 'delete-entry'; device: number; at: number; id: string }
  | { kind: 'delete-person'; device: number; at: number }
  | { kind: 'restore'; device: number; at: number }
  | { kind: 'take'; device: number; from: number };

const device = fc.integer({ min: 0, max: 2 });
// Few times, several of them equal: a device's clock may be behind another's.
const at = fc.integer({ min: 0, max: 6 }).map((minutes) => BASE + minutes * 60_000);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    device,
    at,
    field: fc.constantFrom(
      'name' as const,
      'headline' as const,
      'tags' as const,
      'contactedAt' as const,
      'aliases' as const,
    ),
    value: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant('add' as const), device, at, id: fc.constantFrom(...ENTRY_IDS), text: fc.string() }),
  fc.record({
    kind: fc.constant('edit' as const),
    device,
    at,
    id: fc.constantFrom(...ENTRY_IDS),
    text: fc.constantFrom('a', 'b', 'c'),
    stale: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete-entry' as const), device, at, id: fc.constantFrom(...ENTRY_IDS) }),
  fc.record({ kind: fc.constant('delete-person' as const), device, at }),
  fc.record({ kind: fc.constant('restore' as const), device, at }),
  fc.record({ kind: fc.constant('take' as const), device, from: device }),
);

function fieldValue(field: string, value: number) {
  if (field === 'tags') return [['mentors'], ['alumni'], [], ['mentors', 'alumni']][value];
  if (field === 'aliases') return [['aino'], ['aino', 'old-aino'], ['ACoAAaino', 'aino'], ['member:7', 'aino']][value];
  if (field === 'contactedAt') return value === 0 ? null : BASE - value * 86_400_000;
  return ['', 'Aino', 'Aino Virtanen', 'Designer'][value];
}

/**
 * Plays the steps on three devices; answers every version any device held, in order.
 */
/**
 * For each version an edit or deletion wrote, what it may replace: every version its writer could see, and
 * what the document it was written into had replaced already (never a live version the writer did not see).
 */
const seenByWriter = new Map<string, Set<string>>();

function known(doc: Person): Set<string> {
  return new Set(doc.timeline.flatMap((v) => [...v.past, v.rev]));
}

function recordWriter(before: Person, after: Person, seen: Person) {
  const old = new Set(before.timeline.map((v) => v.rev));
  const replacedAlready = before.timeline.flatMap((v) => v.past);
  for (const v of after.timeline)
    if (!old.has(v.rev)) seenByWriter.set(v.rev, new Set([...known(seen), ...replacedAlready]));
}

function play(steps: readonly Step[]): Person[] {
  const start = newPerson('aino', { name: 'Aino', aliases: ['aino'] }, BASE);
  const devices = [start, start, start];
  const history: Person[][] = [[start], [start], [start]];
  const all: Person[] = [start];
  for (const s of steps) {
    const doc = devices[s.device]!;
    let next = doc;
    if (s.kind === 'field') next = setFields(doc, { [s.field]: fieldValue(s.field, s.value) }, s.at);
    if (s.kind === 'add' && !doc.timeline.some((v) => v.id === s.id)) {
      next = { ...doc, timeline: addEntry(doc.timeline, { type: 'note', text: s.text, at: BASE }, s.at, s.id) };
    }
    if (s.kind === 'edit') {
      // Stale: another tab, still showing the entry as it was, saves its own edit after this one.
      const rev = visibleEntries(doc.timeline).find((entry) => entry.version.id === s.id)?.version.rev;
      const once = editEntry(doc.timeline, s.id, { text: s.text }, s.at, rev);
      if (once) {
        next = { ...doc, timeline: once };
        recordWriter(doc, next, doc);
        if (s.stale) {
          const twice = editEntry(once, s.id, { text: `${s.text} (other tab)` }, s.at, rev);
          if (twice) {
            const after = { ...doc, timeline: twice };
            recordWriter(next, after, doc);
            next = after;
          }
        }
      }
    }
    if (s.kind === 'delete-entry') {
      const timeline = deleteEntry(doc.timeline, s.id, s.at);
      if (timeline) next = { ...doc, timeline };
      recordWriter(doc, next, doc);
    }
    if (s.kind === 'delete-person' && isAlive(doc)) next = deletePerson(doc, s.at);
    if (s.kind === 'restore' && !isAlive(doc)) {
      const before = history[s.device]!.findLast(isAlive) ?? start;
      next = restorePerson(doc, before, s.at);
    }
    if (s.kind === 'take') next = mergeVersions(doc, devices[s.from]!);
    devices[s.device] = next;
    history[s.device]!.push(next);
    all.push(next);
  }
  return all;
}

const versions = fc.array(step, { maxLength: 25 }).chain((steps) => {
  const all = play(steps);
  // The devices' latest versions most often: they are the ones that differ most.
  const pick = fc.oneof(fc.constantFrom(...all.slice(-6)), fc.constantFrom(...all));
  return fc.tuple(pick, pick, pick, fc.constant(all));
});

const RUNS = { numRuns: 500 };

/** Whether a field was set after the deletion (a restore does that): the person is back for that reason. */
const restoredOrEdited = (doc: Person) =>
  Object.values(doc.changedAt).some((at) => doc.deletedAt !== null && at !== undefined && at > doc.deletedAt);

describe('mergeVersions', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(versions, ([a, b]) => {
        expect(canonicalJson(mergeVersions(a, b))).toBe(canonicalJson(mergeVersions(b, a)));
      }),
      RUNS,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(versions, ([a, b, c]) => {
        expect(canonicalJson(mergeVersions(mergeVersions(a, b), c))).toBe(
          canonicalJson(mergeVersions(a, mergeVersions(b, c))),
        );
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(versions, ([a, b]) => {
        const merged = mergeVersions(a, b);
        expect(canonicalJson(mergeVersions(a, a))).toBe(canonicalJson(a));
        expect(canonicalJson(mergeVersions(merged, b))).toBe(canonicalJson(merged));
      }),
      RUNS,
    );
  });

  it('never lets a change replace a live version its writer did not see (a stale tab keeps both texts)', () => {
    fc.assert(
      fc.property(versions, ([, , , all]) => {
        for (const version of all.reduce(mergeVersions).timeline) {
          const seen = seenByWriter.get(version.rev);
          if (seen) for (const rev of version.past) expect(seen.has(rev)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('lets a deletion win only over entries it saw: a person with an entry it never saw stays, and says why', () => {
    fc.assert(
      fc.property(versions, ([a, b, , all]) => {
        // Deleting a person deletes every entry it shows; an entry still showing is one the deletion never saw.
        for (const merged of [all.reduce(mergeVersions), mergeVersions(a, b)]) {
          const shown = visibleEntries(merged.timeline).length > 0;
          if (shown) expect(isAlive(merged)).toBe(true);
          expect(keptAfterDeletion(merged)).toBe(
            merged.deletedAt !== null && isAlive(merged) && shown && !restoredOrEdited(merged),
          );
        }
      }),
      RUNS,
    );
  });

  it('loses no version: every version ever written is in the merge of all, or replaced by one there', () => {
    fc.assert(
      fc.property(versions, ([, , , all]) => {
        const merged = all.reduce(mergeVersions);
        const present = new Set(merged.timeline.map((v) => `${v.id} ${v.rev}`));
        const replaced = new Set(merged.timeline.flatMap((v) => v.past.map((rev) => `${v.id} ${rev}`)));
        for (const doc of all) {
          for (const version of doc.timeline) {
            const id = `${version.id} ${version.rev}`;
            expect(present.has(id) || replaced.has(id)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('two versions of one person', () => {
  const start = newPerson('aino', { name: 'Aino', headline: 'Designer' }, BASE);

  it('keeps each side newer change of each field', () => {
    const phone = setFields(start, { name: 'Aino Virtanen' }, BASE + 2);
    const laptop = setFields(start, { headline: 'Design lead' }, BASE + 1);
    expect(mergeVersions(phone, laptop)).toMatchObject({ name: 'Aino Virtanen', headline: 'Design lead' });
  });

  it('picks the same value everywhere when two changes of a field have one time', () => {
    const a = setFields(start, { name: 'Aino V' }, BASE + 1);
    const b = setFields(start, { name: 'Aino K' }, BASE + 1);
    expect(mergeVersions(a, b).name).toBe(mergeVersions(b, a).name);
  });

  it('keeps both texts of a note edited in two places, and says so', () => {
    const withNote = { ...start, timeline: addEntry([], { type: 'note', text: 'Met at Slush', at: BASE }, BASE, 'n1') };
    const rev = withNote.timeline[0]!.rev;
    const tabA = {
      ...withNote,
      timeline: editEntry(withNote.timeline, 'n1', { text: 'Met at Slush 2025' }, BASE + 5, rev)!,
    };
    // Tab B still shows the first text, and edits it after tab A saved.
    const tabB = editEntry(tabA.timeline, 'n1', { text: 'Met at Slush, Helsinki' }, BASE + 9, rev)!;
    const [entry] = visibleEntries(tabB);
    expect(entry!.version.text).toBe('Met at Slush, Helsinki');
    expect(entry!.otherTexts).toEqual(['Met at Slush 2025']);
    // Editing it again from the fresh view settles it.
    const settled = editEntry(tabB, 'n1', { text: 'Met at Slush 2025, Helsinki' }, BASE + 12)!;
    const [only, ...none] = visibleEntries(settled);
    expect(none).toEqual([]);
    expect(only).toMatchObject({ version: { text: 'Met at Slush 2025, Helsinki' }, otherTexts: [] });
  });

  it('lets a deletion beat older edits, and an edit made after it elsewhere survive', () => {
    const withNote = { ...start, timeline: addEntry([], { type: 'note', text: 'x', at: BASE }, BASE, 'n1') };
    const edited = { ...withNote, timeline: editEntry(withNote.timeline, 'n1', { text: 'older edit' }, BASE + 3)! };
    const deleted = { ...withNote, timeline: deleteEntry(withNote.timeline, 'n1', BASE + 5)! };
    expect(visibleEntries(mergeVersions(edited, deleted).timeline)).toEqual([]);
    const later = { ...withNote, timeline: editEntry(withNote.timeline, 'n1', { text: 'later edit' }, BASE + 8)! };
    expect(visibleEntries(mergeVersions(later, deleted).timeline).map((e) => e.version.text)).toEqual(['later edit']);
  });

  it('keeps a deleted person deleted against older edits, and brings them back for newer ones', () => {
    const deleted = deletePerson(start, BASE + 5);
    expect(isAlive(mergeVersions(deleted, setFields(start, { name: 'A' }, BASE + 3)))).toBe(false);
    expect(isAlive(mergeVersions(deleted, setFields(start, { name: 'A' }, BASE + 9)))).toBe(true);
  });

  it('keeps a deleted person who has a note added elsewhere that the deletion never saw, in either order', () => {
    const withNote = { ...start, timeline: addEntry([], { type: 'note', text: 'seen', at: BASE }, BASE, 'n1') };
    const deleted = deletePerson(withNote, BASE + 10);
    // Offline, before the deletion's time: a note the deleting computer never saw.
    const offline = {
      ...withNote,
      timeline: addEntry(withNote.timeline, { type: 'note', text: 'new', at: BASE }, BASE + 5, 'n2'),
    };
    for (const merged of [mergeVersions(deleted, offline), mergeVersions(offline, deleted)]) {
      expect(isAlive(merged)).toBe(true);
      expect(keptAfterDeletion(merged)).toBe(true);
      expect(visibleEntries(merged.timeline).map((entry) => entry.version.text)).toEqual(['new']);
    }
    // Deleted again, with that note seen, the person goes.
    expect(isAlive(deletePerson(mergeVersions(deleted, offline), BASE + 11))).toBe(false);
  });

  it('refuses two different people', () => {
    expect(() => mergeVersions(start, newPerson('mikko', {}, BASE))).toThrow(/not versions of one/);
  });
});
