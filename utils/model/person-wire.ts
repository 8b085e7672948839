/**
 * A person document as it travels (sync, backups) and is stored: one flat object, whatever version of the
 * extension wrote it. A newer version may add fields to the person or to entries, and entries this version
 * cannot read; they are kept beside the document (`extra`, `foreign`) while it is here, and written back in
 * place, as they came, so that a version never destroys what a newer one wrote (docs/ARCHITECTURE.md, "Sync").
 */
import { sortedKeys } from './canonical';
import { PERSON_FIELDS, type Person } from './person';
import { byIdThenNewest, isReadableEntry, type EntryVersion, type ForeignVersion, type Versioned } from './timeline';

/** The document's own keys, as this version writes them; every other key is a newer version's. */
const PERSON_KEYS: ReadonlySet<string> = new Set([
  'key',
  'createdAt',
  ...PERSON_FIELDS,
  'changedAt',
  'deletedAt',
  'timeline',
]);
const ENTRY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'rev',
  'past',
  'type',
  'text',
  'said',
  'at',
  'createdAt',
  'updatedAt',
  'deleted',
]);

type Json = Record<string, unknown>;

/** The keys of `record` not in `known`, or undefined when there are none (most documents). */
function unknownPart(record: Json, known: ReadonlySet<string>): Json | undefined {
  let extra: Json | undefined;
  for (const key in record) if (!known.has(key)) (extra ??= {})[key] = record[key];
  return extra;
}

/**
 * A document from its flat form, already checked (schemas.ts, or the store's own text): the unknown
 * remainder set beside the known fields. Entries are sorted out by `isReadableEntry`, as the check did.
 */
export function personFromWire(raw: Json): Person {
  const timeline = raw.timeline as Json[];
  const known: EntryVersion[] = [];
  let foreign: ForeignVersion[] | undefined;
  let entriesWithExtra = false;
  for (const version of timeline) {
    if (!isReadableEntry(version)) {
      (foreign ??= []).push(version as ForeignVersion);
      continue;
    }
    const extra = unknownPart(version, ENTRY_KEYS);
    if (!extra) known.push(version as unknown as EntryVersion);
    else {
      entriesWithExtra = true;
      const own = Object.fromEntries(Object.entries(version).filter(([key]) => ENTRY_KEYS.has(key)));
      known.push({ ...(own as unknown as EntryVersion), extra });
    }
  }
  const extra = unknownPart(raw, PERSON_KEYS);
  // Most documents: nothing unknown, nothing to copy (the store reads every person this way).
  if (!extra && !foreign && !entriesWithExtra) return raw as unknown as Person;
  const own = extra ? Object.fromEntries(Object.entries(raw).filter(([key]) => PERSON_KEYS.has(key))) : raw;
  return { ...(own as unknown as Person), timeline: known, ...(extra && { extra }), ...(foreign && { foreign }) };
}

/** An entry version in its flat form: its own fields in one order, then a newer version's. */
function entryToWire({
  id,
  rev,
  past,
  type,
  text,
  said,
  at,
  createdAt,
  updatedAt,
  deleted,
  extra,
}: EntryVersion): Json {
  return {
    id,
    rev,
    past,
    type,
    text,
    ...(said && { said: sortedKeys(said) }),
    at,
    createdAt,
    updatedAt,
    ...(deleted && { deleted }),
    ...extra,
  };
}

/** The timeline as written: this version's entries and the carried ones, in the order heads() keeps. */
export function timelineToWire(doc: Person): Json[] {
  const known = doc.timeline.map(entryToWire);
  if (!doc.foreign?.length) return known;
  return ([...known, ...doc.foreign] as (Versioned & Json)[]).sort(byIdThenNewest);
}
