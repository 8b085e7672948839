/**
 * Every schema version migrates the data the previous versions saved (an example database per version, in
 * tests/fixtures/db), keeping every record; an upgrade that fails keeps the old data and says so.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import { Database } from '@/utils/db/database';
import { declareVersions, MIGRATIONS } from '@/utils/db/migrations';
import { SCHEMA_V3 } from '@/utils/db/migrations/v3';
import { SCHEMA_V4 } from '@/utils/db/migrations/v4';
import { preparePeople } from '@/utils/db/people/write';
import { loadSettings } from '@/utils/db/settings-store';
import { withoutMark } from '@/utils/db/sync-mark';
import { listTemplates } from '@/utils/db/templates-store';
import { dueAtOf } from '@/utils/followups';
import { personFromJson } from '@/utils/model/person-json';
import { SettingsDocSchema, TemplateDocSchema } from '@/utils/model/schemas';
import { timelineOf } from '@/utils/model/views';
import { GoalDocSchema } from '@/utils/plan/goal-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { BUNDLED_FOLLOW_UPS } from '@/utils/plan/followup-templates';
import { SHIPPED_TEMPLATES } from '@/utils/shipped-templates';
import { storedPerson } from '../../helpers/stored';
import type { Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

// The examples' due days are the days of this time zone, whichever one the tests run in.
process.env.TZ = 'UTC';

/**
 * An example database as version N saved it: its tables' records, and `_changedByUser`, the records (keys by
 * table) the user added, changed or deleted on version N. Every other record is what the upgrade from N − 1
 * wrote (`_upgradedAt`: when it ran).
 */
type Example = Record<string, Record<string, unknown>[]> & {
  _changedByUser?: Record<string, string[]>;
  _upgradedAt?: number;
};
const fixture = (version: number) => JSON.parse(readFileSync(`tests/fixtures/db/v${version}.json`, 'utf8'));
const v1 = fixture(1);
const v2 = fixture(2);
const v3 = fixture(3);
const v4 = fixture(4);
const v5 = fixture(5);
const LATEST = MIGRATIONS.at(-1)!.version;
const name = `migration-${crypto.randomUUID()}`;

afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(name);
});

/** Writes an example database the way that version of the extension did. */
async function saveAs(version: number, data: Example) {
  const old = new Dexie(name);
  declareVersions(old, version);
  for (const table of old.tables) if (data[table.name]) await table.bulkAdd(data[table.name]);
  old.close();
}

const entryFields = ({ id, type, text, at, createdAt, updatedAt }: Entry) => ({
  id,
  type,
  text,
  at,
  createdAt,
  updatedAt,
});

/**
 * Every person of the old data is one document now, with each field they had and exactly their entries; the
 * summary the lists read has the same fields, and their last contact and due time worked out.
 */
async function expectEveryoneKept(db: Database, contacts: Summary[], interactions: Entry[]) {
  expect(await db.people.count()).toBe(contacts.length);
  expect(await db.contacts.count()).toBe(contacts.length);
  const settings = await loadSettings(db);
  for (const before of contacts) {
    const person = (await storedPerson(db, before.key))!;
    const own = interactions.filter((entry) => entry.contactKey === before.key);
    expect(timelineOf(person).map(entryFields)).toEqual(expect.arrayContaining(own.map(entryFields)));
    expect(timelineOf(person)).toHaveLength(own.length);
    expect(person.pending).toBe(1); // never synced yet

    const row = (await db.contacts.get(before.key))!;
    for (const field of ['name', 'headline', 'company', 'location', 'tags', 'contactedAt', 'createdAt'] as const) {
      expect(row[field]).toEqual(before[field]);
    }
    expect([...row.aliases].sort()).toEqual([...before.aliases].sort());
    expect(row.dueAt).toBe(dueAtOf(row, settings));
  }
}

/** The records of a table, by primary key. */
function byKey(records: Record<string, unknown>[], keyPath: string): Map<string, Record<string, unknown>> {
  return new Map(records.map((record) => [String(record[keyPath]), record]));
}

/** A record with its random sync stamp (when it has one) as any stamp: the one part no two upgrades share. */
function withAnyStamp<T extends object>(record: T | undefined) {
  return record && 'stamp' in record ? { ...record, stamp: expect.any(Number) } : record;
}

describe('each version’s upgrade', () => {
  it.each(MIGRATIONS.slice(1).map(({ version }) => version))(
    'turns the example of the version before into the example of version %i',
    async (version) => {
      const before: Example = fixture(version - 1);
      const after: Example = fixture(version);
      if (after._upgradedAt !== undefined) vi.spyOn(Date, 'now').mockReturnValue(after._upgradedAt);
      await saveAs(version - 1, before);
      const db = new Dexie(name);
      declareVersions(db, version);
      await db.open();

      const tables = Object.keys(after).filter((table) => !table.startsWith('_'));
      expect(db.tables.map((table) => table.name).sort()).toEqual(tables.sort());
      for (const table of db.tables) {
        const upgraded = byKey(await table.toArray(), String(table.schema.primKey.keyPath));
        const example = byKey(after[table.name]!, String(table.schema.primKey.keyPath));
        const changed = after._changedByUser?.[table.name] ?? [];
        // What the user did on this version is theirs; everything else is exactly what the upgrade wrote.
        for (const key of changed) expect(withAnyStamp(upgraded.get(key))).not.toEqual(example.get(key));
        const untouched = (records: Map<string, Record<string, unknown>>) =>
          [...records].filter(([key]) => !changed.includes(key)).sort(([a], [b]) => (a < b ? -1 : 1));
        expect(untouched(upgraded), table.name).toEqual(
          untouched(example).map(([key, record]) => [key, withAnyStamp(record)]),
        );
      }
      db.close();
    },
  );

  it('ends in what today’s code writes: the newest example has the people, templates, goals and settings as now stored', () => {
    const latest: Example = fixture(LATEST);
    const settings = SettingsDocSchema.parse(withoutMark(latest.settings![0]!));
    const docs = latest.people!.map((stored) => personFromJson(stored.json as string));
    const { records, rows } = preparePeople(docs, settings);
    expect(records.map(withAnyStamp)).toEqual(latest.people!.map(withAnyStamp));
    expect(rows).toEqual(latest.contacts);
    for (const template of latest.templates!) {
      expect(TemplateDocSchema.parse(withoutMark(template))).toEqual(withoutMark(template));
    }
    for (const goal of latest.goals!) expect(GoalDocSchema.parse(withoutMark(goal))).toEqual(withoutMark(goal));
    expect({ ...settings, key: 'settings' }).toEqual(withoutMark(latest.settings![0]!));
  });
});

describe('version 1 → now', () => {
  it('keeps every contact and interaction, and schedules each contact', async () => {
    await saveAs(1, v1);
    const db = new Database(name);
    await expectEveryoneKept(db, v1.contacts, v1.interactions);
    expect(await db.contacts.where('dueAt').below(Infinity).count()).toBe(2);
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });
});

describe('version 2 → now', () => {
  it('keeps every contact, interaction and setting, and adds the bundled templates', async () => {
    await saveAs(2, v2);
    const db = new Database(name);
    await expectEveryoneKept(db, v2.contacts, v2.interactions);
    const { key: _key, ...saved } = v2.settings[0];
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ...saved });
    expect((await listTemplates(db)).map((template) => template.id).sort()).toEqual(
      SHIPPED_TEMPLATES.map((template) => template.id).sort(),
    );
    db.close();
  });
});

describe('version 3 → now', () => {
  it('keeps every record, and indexes each timeline for search and the month’s invitations', async () => {
    await saveAs(3, v3);
    const db = new Database(name);
    await expectEveryoneKept(db, v3.contacts, v3.interactions);
    expect(await listTemplates(db)).toEqual(expect.arrayContaining(v3.templates));
    expect(await db.templates.count()).toBe(v3.templates.length + BUNDLED_FOLLOW_UPS.length);
    // Folded words: a note written in Hämeenlinna is found by "hameenlinnassa".
    const aino = (await db.contacts.get('aino-virtanen-4b2a1c'))!;
    expect(aino.timelineWords.split(' ')).toContain('hameenlinnassa');
    const invitation = v3.interactions.find((entry: Entry) => entry.type === 'invitation');
    expect(await db.contacts.where('invitedAt').aboveOrEqual(invitation.at).count()).toBe(1);
    db.close();
  });
});

describe('version 4 → now (a person is one document)', () => {
  it('keeps every contact, entry, setting and template, each field and entry with its time', async () => {
    await saveAs(4, v4);
    const db = new Database(name);
    await expectEveryoneKept(db, v4.contacts, v4.interactions);
    for (const before of v4.contacts as Summary[]) {
      const person = (await storedPerson(db, before.key))!;
      // Each field as changed when the contact was last saved, so that a newer edit anywhere wins over it.
      expect(Object.values(person.changedAt).every((at) => at === before.updatedAt)).toBe(true);
      const row = (await db.contacts.get(before.key))!;
      for (const field of [
        'email',
        'connectedAt',
        'followUpOn',
        'snoozedUntil',
        'lastSeen',
        'timelineWords',
      ] as const) {
        expect(row[field]).toEqual(before[field]);
      }
      expect(row.cadenceDays).toEqual(before.cadenceDays);
      expect(row.cadenceFromTagsOnly).toEqual(before.cadenceFromTagsOnly);
      expect(row.lastContactAt).toBe(before.lastContactAt);
    }
    const { key: _key, ...saved } = v4.settings[0];
    // Settings that came after version 4 (the weekly focus's size) have their defaults.
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ...saved });
    expect(await listTemplates(db)).toEqual(expect.arrayContaining(v4.templates));
    // A template the user wrote or edited waits to be synced; a bundled one as shipped does not (every device
    // has it).
    expect((await db.templates.where('pending').equals(1).primaryKeys()).sort()).toEqual([
      '5d9b7c1e-2f0a-4c3b-8e6d-1a2b3c4d5e6f',
      'bundled-en-event',
    ]);
    expect(await db.templates.get('bundled-en-post')).toMatchObject({ pending: 0, updatedAt: 0 });
    // The old table is gone: one place holds a person.
    expect(db.tables.map((table) => table.name)).not.toContain('interactions');
    db.close();
  });
});

describe('version 5 → now (a network plan)', () => {
  it('keeps every record as it was, and adds the goals and the weekly focus, empty', async () => {
    await saveAs(5, v5);
    const db = new Database(name);
    for (const table of ['people', 'contacts', 'settings', 'sync'] as const) {
      expect(await db.table(table).toArray()).toEqual(v5[table]);
    }
    // The user's templates as they were, and the follow-up messages now shipped, as shipped.
    const templates = await db.templates.toArray();
    expect(templates).toEqual(expect.arrayContaining(v5.templates));
    expect(
      templates
        .filter((template) => template.kind === 'follow-up')
        .map((template) => template.id)
        .sort(),
    ).toEqual(BUNDLED_FOLLOW_UPS.map((template) => template.id).sort());
    expect(await db.templates.where('pending').equals(1).count()).toBe(
      v5.templates.filter((template: { pending: number }) => template.pending === 1).length,
    );
    expect(await db.goals.count()).toBe(0);
    expect(await db.focus.count()).toBe(0);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'contacts',
      'focus',
      'goals',
      'people',
      'settings',
      'sync',
      'templates',
    ]);
    db.close();
  });
});

describe('a new database', () => {
  it('starts with the bundled templates', async () => {
    const db = new Database(name);
    expect(await db.templates.count()).toBe(SHIPPED_TEMPLATES.length);
    db.close();
  });
});

describe('a migration that fails', () => {
  it.each([
    [3, SCHEMA_V3, v3],
    [4, SCHEMA_V4, v4],
  ])('keeps the version %i data as it was, and says so when the database is opened', async (version, schema, data) => {
    // Data no version of ours wrote: an entry whose text is not text. Working out its words throws.
    const broken = { ...data.interactions[0], id: 'broken', text: { not: 'text' } };
    await saveAs(version, { ...data, interactions: [...data.interactions, broken] });

    const db = new Database(name);
    await expect(db.open()).rejects.toThrow(/normalize/);
    expect(db.hasFailed()).toBe(true);
    db.close();

    const after = new Dexie(name);
    after.version(version).stores(schema);
    expect(after.verno).toBe(version);
    expect(await after.table('contacts').toArray()).toEqual(expect.arrayContaining(data.contacts));
    expect(await after.table('contacts').count()).toBe(data.contacts.length);
    expect(await after.table('interactions').count()).toBe(data.interactions.length + 1);
    after.close();
  });

  it('is reported to whoever asked, with the reason', async () => {
    await saveAs(4, { ...v4, interactions: [{ ...v4.interactions[0], id: 'broken', text: 42 }] });
    const db = new Database(name);
    const reply = await route(
      db,
      { type: 'tags.list', payload: {} },
      { id: browser.runtime.id, url: `${browser.runtime.getURL('/')}dashboard.html` },
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/normalize/) },
    });
    db.close();
  });
});
