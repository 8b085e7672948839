/**
 * A person's timeline as versions of entries, so that two devices (or two tabs) that change one entry never
 * overwrite each other.
 *
 * Every change of an entry (adding, editing, deleting) is a new version with its own `rev` that names, in
 * `past`, every version it replaces. Two timelines merge by keeping every version no other version replaces:
 * the union of two sets, less what is replaced, which is commutative, associative and idempotent as long as
 * `past` holds all of a version's ancestors (each change copies its predecessors' `past`: see `nextVersion`).
 * Two edits made apart from each other replace neither: both stay, and the person is told (`otherVersions`).
 * A deletion is a version too (a tombstone), which hides every version older than it.
 */
import { ENTRY_TYPES, type EntryType } from './entry';
import { EXPORT_SAID_KINDS, type ExportSaid } from './export-said';

export interface EntryVersion {
  /** The entry: the same on every device and in every version of it. */
  id: string;
  /** This version. */
  rev: string;
  /** Every version this one replaces (all ancestors, not only the parent). */
  past: string[];
  type: EntryType;
  text: string;
  /** What an entry of LinkedIn's export records, said in the language of the moment; an edit leaves it out. */
  said?: ExportSaid;
  /** When it happened (epoch ms). */
  at: number;
  createdAt: number;
  /** When this version was written; always later than every version it replaces. */
  updatedAt: number;
  /** A deletion. */
  deleted?: true;
  /** Fields a newer version of the extension gave this version, unknown here: carried as they came. */
  extra?: Record<string, unknown>;
}

/** What every version of an entry has, whichever version of the extension wrote it: all that merging needs. */
export interface Versioned {
  id: string;
  rev: string;
  past: string[];
  updatedAt: number;
  deleted?: true;
}

/**
 * A version of an entry this version of the extension cannot read (a type it does not know, a note longer
 * than its limit), written by a newer one: carried whole, never shown or counted, and written back as it came.
 */
export type ForeignVersion = Versioned & { createdAt: number } & Record<string, unknown>;

/** What this version can show: the entry types it knows, what an export's entry may record, its longest note. */
const READABLE_TYPES: ReadonlySet<unknown> = new Set(ENTRY_TYPES);
const READABLE_SAID: ReadonlySet<unknown> = new Set(EXPORT_SAID_KINDS);
export const ENTRY_TEXT_MAX = 20_000;

/**
 * Whether this version can read an entry version: it knows its type and what it records, and its text fits.
 * Readable versions are checked field by field (schemas.ts); the others are carried. Reading a stored document
 * asks the same.
 */
export function isReadableEntry(version: { type?: unknown; text?: unknown; said?: unknown }): boolean {
  const said = version.said as { kind?: unknown } | undefined;
  return (
    READABLE_TYPES.has(version.type) &&
    typeof version.text === 'string' &&
    version.text.length <= ENTRY_TEXT_MAX &&
    (said === undefined || (typeof said === 'object' && said !== null && READABLE_SAID.has(said.kind)))
  );
}

/** One entry as the timeline shows it: its newest live version, and any other text written apart from it. */
export interface VisibleEntry {
  version: EntryVersion;
  /** Every live version, newest first: what an edit from this view replaces. */
  versions: EntryVersion[];
  /** Texts of this entry edited elsewhere at the same time, newest first: kept, and shown with a notice. */
  otherTexts: string[];
}

/** A short random id for a version: unique enough among one entry's versions, small in every document. */
function newRev(): string {
  return crypto.randomUUID().slice(0, 13);
}

/** Orders versions the same way everywhere: by id, then newest first, then by rev. */
export function byIdThenNewest(a: Versioned, b: Versioned): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : b.updatedAt - a.updatedAt || (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0);
}

/**
 * The versions of `versions` that no other replaces, each once, in one fixed order: the merge of two timelines
 * is `heads([...a, ...b])`.
 */
export function heads<V extends Versioned>(versions: readonly V[]): V[] {
  const replaced = new Set<string>();
  for (const version of versions) for (const rev of version.past) replaced.add(`${version.id}\n${rev}`);
  const kept = new Map<string, V>();
  for (const version of versions) {
    const id = `${version.id}\n${version.rev}`;
    if (!replaced.has(id) && !kept.has(id)) kept.set(id, version);
  }
  return [...kept.values()].sort(byIdThenNewest);
}

/** The current versions of one entry. */
function versionsOf(timeline: readonly EntryVersion[], id: string): EntryVersion[] {
  return timeline.filter((version) => version.id === id);
}

/** What a new version replaces: the revs it names in `past`, and the latest time among them. */
interface Basis {
  past: Set<string>;
  latestAt: number;
}

/** A new version that replaces `basis`, later than all of it even when this device's clock is behind. */
function nextVersion(
  basis: Basis,
  fields: Pick<EntryVersion, 'id' | 'type' | 'text' | 'at' | 'createdAt' | 'extra'> & { deleted?: true },
  now: number,
): EntryVersion {
  return { ...fields, rev: newRev(), past: [...basis.past].sort(), updatedAt: Math.max(now, basis.latestAt + 1) };
}

const NOTHING: Basis = { past: new Set(), latestAt: -Infinity };

/** A new entry. */
export function addEntry(
  timeline: readonly EntryVersion[],
  entry: { type: EntryType; text: string; at: number },
  now: number,
  id: string = crypto.randomUUID(),
): EntryVersion[] {
  const version = nextVersion(
    NOTHING,
    { id, type: entry.type, text: entry.text.trim(), at: entry.at, createdAt: now },
    now,
  );
  return heads([...timeline, version]);
}

/**
 * What a change of an entry replaces: the versions its writer saw (`basedOn`: their revs, space-separated, from
 * a view that may be stale, so that an edit made meanwhile elsewhere stays beside this one), or else every
 * current version.
 */
function basisOf(timeline: readonly EntryVersion[], id: string, basedOn?: string): Basis {
  const current = versionsOf(timeline, id);
  const revs = basedOn?.split(' ');
  const seen = revs ? current.filter((version) => revs.includes(version.rev)) : current;
  // A version seen that was replaced since: this change replaces what it replaced, and stays beside its
  // successors. (Their `past` may name more than the version seen did; every such rev is replaced anyway.)
  const gone = revs?.filter((rev) => !seen.some((version) => version.rev === rev)) ?? [];
  const successors = current.filter((version) => gone.some((rev) => version.past.includes(rev)));
  return {
    past: new Set([...seen.flatMap((version) => [...version.past, version.rev]), ...successors.flatMap((v) => v.past)]),
    latestAt: Math.max(-Infinity, ...seen.map((version) => version.updatedAt)),
  };
}

/** The entry's fields as the writer saw them: the first version named that is still there, or the newest. */
function shownVersion(timeline: readonly EntryVersion[], id: string, basedOn?: string): EntryVersion | undefined {
  const live = visibleEntries(versionsOf(timeline, id))[0]?.versions ?? [];
  const revs = basedOn?.split(' ') ?? [];
  return revs.map((rev) => live.find((version) => version.rev === rev)).find(Boolean) ?? live[0];
}

/** An edit of entry `id`; undefined when there is no such live entry. */
export function editEntry(
  timeline: readonly EntryVersion[],
  id: string,
  patch: { type?: EntryType; text?: string; at?: number },
  now: number,
  basedOn?: string,
): EntryVersion[] | undefined {
  const shown = shownVersion(timeline, id, basedOn);
  if (!shown) return undefined;
  const edited = nextVersion(
    basisOf(timeline, id, basedOn),
    {
      id,
      type: patch.type ?? shown.type,
      text: patch.text === undefined ? shown.text : patch.text.trim(),
      at: patch.at ?? shown.at,
      createdAt: shown.createdAt,
      // What a newer version set on the entry is not this edit's to drop.
      ...(shown.extra && { extra: shown.extra }),
    },
    now,
  );
  return heads([...timeline, edited]);
}

/** The deletion of entry `id` (every version the writer saw); undefined when there is no such live entry. */
export function deleteEntry(
  timeline: readonly EntryVersion[],
  id: string,
  now: number,
  basedOn?: string,
): EntryVersion[] | undefined {
  const shown = shownVersion(timeline, id, basedOn);
  if (!shown) return undefined;
  const { type, at, createdAt } = shown;
  const tombstone = nextVersion(
    basisOf(timeline, id, basedOn),
    { id, type, text: '', at, createdAt, deleted: true },
    now,
  );
  return heads([...timeline, tombstone]);
}

/**
 * `version` given (back) to `timeline`: as it is when the timeline never held its entry, else as a new version
 * that replaces whatever the timeline holds of it (a deletion, say), so that it shows again everywhere.
 */
export function reinstated(timeline: readonly EntryVersion[], version: EntryVersion, now: number): EntryVersion {
  const held = versionsOf(timeline, version.id);
  if (held.length === 0) return version;
  return nextVersion(basisOf(timeline, version.id), version, now);
}

/** Every live entry deleted at once (a person deleted): their texts leave the document. */
export function deleteAll(timeline: readonly EntryVersion[], now: number): EntryVersion[] {
  let result = [...timeline];
  for (const { version } of visibleEntries(timeline)) result = deleteEntry(result, version.id, now) ?? result;
  return result;
}

/**
 * Deletions of carried versions (a person deleted): one per entry, replacing every version of it this device
 * holds, so that their texts leave the document on every device, the newer ones too.
 */
export function deleteForeign(foreign: readonly ForeignVersion[], now: number): EntryVersion[] {
  const byId = new Map<string, ForeignVersion[]>();
  for (const version of foreign) if (!version.deleted) byId.set(version.id, [...(byId.get(version.id) ?? []), version]);
  return [...byId.entries()].map(([id, versions]) => {
    const createdAt = Math.min(...versions.map((version) => version.createdAt));
    const basis = {
      past: new Set(versions.flatMap((version) => [...version.past, version.rev])),
      latestAt: Math.max(...versions.map((version) => version.updatedAt)),
    };
    return nextVersion(basis, { id, type: 'note', text: '', at: createdAt, createdAt, deleted: true }, now);
  });
}

/**
 * The entries as the person sees them: for each entry its newest live version, unless a deletion newer than
 * it exists (a tombstone beats older edits; an edit made after a deletion elsewhere survives it).
 */
export function visibleEntries(timeline: readonly EntryVersion[]): VisibleEntry[] {
  const byId = new Map<string, EntryVersion[]>();
  for (const version of timeline) {
    const versions = byId.get(version.id);
    if (versions) versions.push(version);
    else byId.set(version.id, [version]);
  }
  const visible: VisibleEntry[] = [];
  for (const versions of byId.values()) {
    const deletedAt = Math.max(-Infinity, ...versions.filter((v) => v.deleted).map((v) => v.updatedAt));
    const live = versions
      .filter((version) => !version.deleted && version.updatedAt > deletedAt)
      .sort((a, b) => b.updatedAt - a.updatedAt || (a.rev < b.rev ? -1 : 1));
    const [newest, ...others] = live;
    if (!newest) continue;
    const otherTexts = [...new Set(others.map((version) => version.text))].filter((text) => text !== newest.text);
    visible.push({ version: newest, versions: live, otherTexts });
  }
  return visible;
}
