/**
 * The store as sync sees it (utils/sync/local-side.ts): what changed here since it was last sent, and what
 * arrives from elsewhere, merged with what is here by the one merge function of each kind of document and
 * written through the same paths as every other write.
 */
import type { EntityTable, IDType } from 'dexie';
import * as z from 'zod/mini';
import { sameContent } from '../model/canonical';
import { mergeVersions } from '../model/merge';
import type { PersonDoc } from '../model/person';
import { personToWire } from '../model/person-json';
import { mergeGoals, mergeSyncedSettings, mergeTemplates, syncedSettings, type SyncedSettings } from '../model/records';
import { GoalDocSchema } from '../plan/goal-schema';
import { PersonSchema, SyncedSettingsSchema, TemplateDocSchema } from '../model/schemas';
import type { LocalRecord, LocalSide, SyncKind } from '../sync/local-side';
import type { ContactsDatabase } from './database';
import { readPerson, savePeople } from './people-store';
import { loadSettings, loadSettingsDoc, saveSettingsDoc } from './settings-store';
import { newSyncMark, withoutMark, type SyncMark } from './sync-mark';

const SETTINGS_KEY = 'settings';

/** What the store wrote since sync last asked: each kind's documents marked `pending`. */
async function pending(db: ContactsDatabase, limit: number): Promise<LocalRecord[]> {
  return db.transaction('r', db.people, db.templates, db.goals, db.settings, async () => {
    const record = (kind: SyncKind, key: string, stored: object & SyncMark, doc: unknown = withoutMark(stored)) => ({
      kind,
      key,
      doc,
      stamp: stored.stamp,
    });
    const settings = await db.settings.where('pending').equals(1).toArray();
    const templates = await db.templates.where('pending').equals(1).limit(limit).toArray();
    const goals = await db.goals.where('pending').equals(1).limit(limit).toArray();
    const people = await db.people.where('pending').equals(1).limit(limit).toArray();
    return [
      ...settings.map((stored) => {
        const { key: _key, ...doc } = withoutMark(stored);
        return record('settings', SETTINGS_KEY, stored, syncedSettings(doc));
      }),
      ...templates.map((template) => record('template', template.id, template)),
      ...goals.map((goal) => record('goal', goal.id, goal)),
      // As stored: the flat document, with what a newer version wrote in its place (person-wire.ts).
      ...people.map((person) => record('person', person.key, person, JSON.parse(person.json))),
    ].slice(0, limit);
  });
}

/** Unmarks what was sent, unless it was written again since (its stamp differs): that goes next time. */
async function markSent(db: ContactsDatabase, records: readonly Pick<LocalRecord, 'kind' | 'key' | 'stamp'>[]) {
  const tables = { person: db.people, template: db.templates, goal: db.goals, settings: db.settings };
  await db.transaction('rw', Object.values(tables), async () => {
    for (const { kind, key, stamp } of records) {
      const table = tables[kind];
      await (table as typeof db.people)
        .where(':id')
        .equals(key)
        .and((stored) => stored.stamp === stamp)
        .modify({
          pending: 0,
        });
    }
  });
}

/** Versions from elsewhere that pass the document's schema; anything else is left out (and logged). */
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
): Promise<unknown> {
  const saved = await table.get(key as IDType<T & SyncMark, 'id'>);
  const stored = saved && withoutMark<T>(saved);
  const incoming = valid(schema, key, versions, (doc) => doc.id);
  if (incoming.length === 0) return stored ?? versions[0];
  const merged = [...incoming, ...(stored ? [stored] : [])].reduce(merge);
  if (!stored || !sameContent(stored, merged)) await table.put({ ...merged, ...newSyncMark(0) });
  return merged;
}

/**
 * Merges versions from elsewhere into what is stored, and writes the result when it differs, as already sent
 * (sync writes it to the server itself). Answers the merged document.
 */
async function receive(db: ContactsDatabase, kind: SyncKind, key: string, versions: unknown[]): Promise<unknown> {
  return db.transaction('rw', db.people, db.contacts, db.templates, db.goals, db.settings, async () => {
    if (kind === 'person') {
      const stored = await readPerson(db, key);
      const incoming = valid(PersonSchema, key, versions, (doc) => doc.key) as PersonDoc[];
      if (incoming.length === 0) return stored ? personToWire(stored) : versions[0];
      const merged = [...incoming, ...(stored ? [stored] : [])].reduce(mergeVersions);
      if (!stored || !sameContent(stored, merged)) await savePeople(db, [merged], await loadSettings(db), 0);
      return personToWire(merged);
    }
    if (kind === 'template') return receiveRecord(db.templates, TemplateDocSchema, mergeTemplates, key, versions);
    if (kind === 'goal') return receiveRecord(db.goals, GoalDocSchema, mergeGoals, key, versions);
    // Only the settings every computer shares travel; this computer's own (its language, say) stay.
    const stored = await loadSettingsDoc(db);
    const incoming = valid(SyncedSettingsSchema, key, versions, () => SETTINGS_KEY) as SyncedSettings[];
    const merged = incoming.reduce(mergeSyncedSettings, stored);
    if (!sameContent(stored, merged)) await saveSettingsDoc(db, merged, 0);
    return syncedSettings(merged);
  });
}

export function syncSide(db: ContactsDatabase): LocalSide {
  return {
    pending: (limit) => pending(db, limit),
    markSent: (records) => markSent(db, records),
    receive: (kind, key, versions) => receive(db, kind, key, versions),
  };
}
