/** Every schema version migrates the data the previous version saved, keeping every record. */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactsDatabase, SCHEMA_V1, SCHEMA_V2 } from '@/utils/db/database';
import { BUNDLED_TEMPLATES } from '@/utils/templates';
import { dueAtOf } from '@/utils/followups';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { Contact } from '@/utils/contacts';

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8'));
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8'));
const name = `migration-${crypto.randomUUID()}`;

afterEach(() => Dexie.delete(name));

/** Writes the example data the way version 1 of the extension did. */
async function saveAsVersion1(): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('contacts').bulkAdd(v1.contacts);
  await old.table('interactions').bulkAdd(v1.interactions);
  old.close();
}

describe('version 1 → 2', () => {
  it('keeps every contact and interaction, and schedules each contact', async () => {
    await saveAsVersion1();
    const db = new ContactsDatabase(name);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(v1.contacts.length);
    expect(await db.interactions.toArray()).toEqual(expect.arrayContaining(v1.interactions));
    expect(await db.interactions.count()).toBe(v1.interactions.length);

    for (const before of v1.contacts as Contact[]) {
      const after = contacts.find((contact) => contact.key === before.key)!;
      expect(after).toEqual({
        ...before,
        followUpOn: null,
        snoozedUntil: null,
        dueAt: dueAtOf({ ...before, followUpOn: null, snoozedUntil: null }, DEFAULT_SETTINGS),
      });
      expect(after.dueAt).toEqual(expect.any(Number));
    }
    // The new index answers range queries.
    expect(await db.contacts.where('dueAt').below(Infinity).count()).toBe(2);
    db.close();
  });
});

describe('version 2 → 3', () => {
  it('keeps every contact, interaction and setting, and adds the bundled templates', async () => {
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.table('contacts').bulkAdd(v2.contacts);
    await old.table('interactions').bulkAdd(v2.interactions);
    await old.table('settings').bulkAdd(v2.settings);
    old.close();

    const db = new ContactsDatabase(name);
    expect(await db.contacts.toArray()).toEqual(expect.arrayContaining(v2.contacts));
    expect(await db.contacts.count()).toBe(v2.contacts.length);
    expect(await db.interactions.toArray()).toEqual(expect.arrayContaining(v2.interactions));
    expect(await db.settings.toArray()).toEqual(v2.settings);
    expect((await db.templates.toArray()).map((template) => template.id).sort()).toEqual(
      BUNDLED_TEMPLATES.map((template) => template.id).sort(),
    );
    // The new index answers this month's invitations.
    expect(await db.interactions.where('[type+at]').between(['meeting', 0], ['meeting', Infinity]).count()).toBe(1);
    db.close();
  });
});

describe('a new database', () => {
  it('starts with the bundled templates', async () => {
    const db = new ContactsDatabase(name);
    expect(await db.templates.count()).toBe(BUNDLED_TEMPLATES.length);
    db.close();
  });
});
