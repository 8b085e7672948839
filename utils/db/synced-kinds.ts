/**
 * The store's side of each kind that syncs (utils/sync/kinds.ts): its table, the document as it travels, and
 * how versions from elsewhere are checked (schema) and merged into the stored one. The send, the receive and
 * turning sync off (everything unsent again) all go through this one list; keyed by SyncKind, it cannot leave
 * a kind out.
 */
import type { EntityTable, IDType, Table } from 'dexie';
import * as z from 'zod/mini';
import { sameContent } from '../model/canonical';
import { mergeVersions } from '../model/merge';
import type { Person } from '../model/person';
import { personFromJson, personToWire } from '../model/person-json';
import { mergeGoals, mergeSyncedSettings, mergeTemplates, syncedSettings, type SyncedSettings } from '../model/records';
import { PersonSchema, SyncedSettingsSchema, TemplateDocSchema } from '../model/schemas';
import { GoalDocSchema } from '../plan/goal-schema';
import type { SyncKind } from '../sync/kinds';
import type { Arrival, Merged } from '../sync/local-side';
import type { Database, StoredGoal, PersonRecord, StoredSettings, StoredTemplate } from './database';
import { savePeople } from './people/write';
import { loadSettings, loadSettingsDoc, saveSettingsDoc } from './settings-store';
import { newSyncMark, withoutMark, type SyncMark } from './sync-mark';

const SETTINGS_KEY = 'settings';

export interface SyncedKind<Stored extends SyncMark = SyncMark, Key extends keyof Stored = keyof Stored> {
  /** Where the kind is stored, each record with its sync mark. */
  table(db: Database): EntityTable<Stored, Key>;
  /** Other tables its receive writes (a person's summary row). */
  alsoWrites?(db: Database): Table[];
  /** A stored record as it travels: its key, and its document without the sync mark. */
  travelling(stored: Stored): { key: string; doc: unknown };
  /**
   * Records from elsewhere, each a different one: their versions checked by the kind's schema and merged with
   * the stored record by the kind's merge; each result is stored when it differs (as already sent), and answered
   * in the arrivals' order. Runs inside the receive's transaction.
   */
  receive(db: Database, arrivals: readonly Pick<Arrival, 'key' | 'versions'>[]): Promise<Merged[]>;
}

/** In the order the send takes them: the settings and templates are few, and the people many. */
export const SYNCED_KINDS: Record<SyncKind, SyncedKind> = {
  settings: synced<StoredSettings, 'key'>({
    table: (db) => db.settings,
    travelling: (stored) => {
      const { key: _key, ...doc } = withoutMark(stored);
      return { key: SETTINGS_KEY, doc: syncedSettings(doc) };
    },
    // Only the settings every computer shares travel; this computer's own (its language, say) stay.
    receive: oneByOne(async (db, key, versions) => {
      const stored = await loadSettingsDoc(db);
      const incoming = valid(SyncedSettingsSchema, key, versions, () => SETTINGS_KEY) as SyncedSettings[];
      const merged = incoming.reduce(mergeSyncedSettings, stored);
      const changed = !sameContent(stored, merged);
      if (changed) await saveSettingsDoc(db, merged, 0);
      return { doc: syncedSettings(merged), changed };
    }),
  }),
  template: synced<StoredTemplate, 'id'>({
    table: (db) => db.templates,
    travelling: (stored) => ({ key: stored.id, doc: withoutMark(stored) }),
    receive: oneByOne((db, key, versions) =>
      receiveRecord(db.templates, TemplateDocSchema, mergeTemplates, key, versions),
    ),
  }),
  goal: synced<StoredGoal, 'id'>({
    table: (db) => db.goals,
    travelling: (stored) => ({ key: stored.id, doc: withoutMark(stored) }),
    receive: oneByOne((db, key, versions) => receiveRecord(db.goals, GoalDocSchema, mergeGoals, key, versions)),
  }),
  person: synced<PersonRecord, 'key'>({
    table: (db) => db.people,
    alsoWrites: (db) => [db.contacts],
    // As stored: the flat document, with what a newer version wrote in its place (person-wire.ts).
    travelling: ({ key, json }) => ({ key, doc: JSON.parse(json) as unknown }),
    // A batch at a time: one read of the stored people and one bulk write of those that changed (with their
    // summary rows), which is what makes a computer joining with thousands of people quick.
    receive: async (db, arrivals) => {
      const stored = await db.people.bulkGet(arrivals.map(({ key }) => key));
      const changed: Person[] = [];
      const results = arrivals.map(({ key, versions }, i): Merged => {
        const incoming = valid(PersonSchema, key, versions, (doc) => doc.key) as Person[];
        // None this version accepts: left as it came, so that no older copy is written over it (see `valid`).
        if (incoming.length === 0) return { doc: versions[0], changed: false };
        const mine = stored[i] && personFromJson(stored[i].json);
        const merged = [...incoming, ...(mine ? [mine] : [])].reduce(mergeVersions);
        const differs = !mine || !sameContent(mine, merged);
        if (differs) changed.push(merged);
        return { doc: personToWire(merged), changed: differs };
      });
      if (changed.length) await savePeople(db, changed, await loadSettings(db), 0);
      return results;
    },
  }),
};

/** A kind's receive for records that come few at a time (settings, templates, goals): one after another. */
function oneByOne(
  receiveOne: (db: Database, key: string, versions: unknown[]) => Promise<Merged>,
): SyncedKind['receive'] {
  return async (db, arrivals) => {
    const results: Merged[] = [];
    for (const { key, versions } of arrivals) results.push(await receiveOne(db, key, versions));
    return results;
  };
}

/** Each kind as the list holds it: what it stores is its own business (a parameter of its functions). */
function synced<Stored extends SyncMark, Key extends keyof Stored>(kind: SyncedKind<Stored, Key>): SyncedKind {
  return kind as unknown as SyncedKind;
}

export const syncedKinds = Object.entries(SYNCED_KINDS) as [SyncKind, SyncedKind][];

/** Every table a receive reads or writes. */
export function receivingTables(db: Database): Table[] {
  return syncedKinds.flatMap(([, kind]) => [kind.table(db), ...(kind.alsoWrites?.(db) ?? [])]);
}

/** Everything that syncs counts as unsent: a server turned on later gets all of it. */
export async function markAllUnsent(db: Database): Promise<void> {
  const tables = syncedKinds.map(([, kind]) => kind.table(db));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.toCollection().modify({ pending: 1 });
  });
}

/**
 * Versions from elsewhere that pass the document's schema; anything else is left out (and logged). When none
 * passes, the receive answers the version as it came: sync then writes nothing over it, and this computer keeps
 * its own copy, rather than replacing on the server what another computer wrote with an older copy.
 */
function valid<T>(schema: z.ZodMiniType<T>, key: string, versions: unknown[], keyOf: (doc: T) => string): T[] {
  return versions.flatMap((version) => {
    const parsed = schema.safeParse(version);
    if (parsed.success && keyOf(parsed.data) === key) return [parsed.data];
    console.warn('Keep in touch: a synced document was left out', parsed.error ?? 'under another key');
    return [];
  });
}

/** A record kept whole (a template, a goal) from elsewhere, merged with the stored one by its newer-wins rule. */
async function receiveRecord<T extends { id: string }>(
  table: EntityTable<T & SyncMark, 'id'>,
  schema: z.ZodMiniType<T>,
  merge: (a: T, b: T) => T,
  key: string,
  versions: unknown[],
): Promise<Merged> {
  const saved = await table.get(key as IDType<T & SyncMark, 'id'>);
  const stored = saved && withoutMark<T>(saved);
  const incoming = valid(schema, key, versions, (doc) => doc.id);
  if (incoming.length === 0) return { doc: versions[0], changed: false };
  const merged = [...incoming, ...(stored ? [stored] : [])].reduce(merge);
  const changed = !stored || !sameContent(stored, merged);
  if (changed) await table.put({ ...merged, ...newSyncMark(0) });
  return { doc: merged, changed };
}
