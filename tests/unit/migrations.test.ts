/** Every schema version migrates the data the previous version saved, keeping every record. */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/messaging';
import { ContactsDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/db/database';
import { BUNDLED_TEMPLATES } from '@/utils/templates';
import { dueAtOf } from '@/utils/followups';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { timelinesByContact, timelineWordsOf, type Contact, type Interaction } from '@/utils/contacts';

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8'));
const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8'));
const v3 = JSON.parse(readFileSync('tests/fixtures/db/v3.json', 'utf8'));
const name = `migration-${crypto.randomUUID()}`;

afterEach(() => Dexie.delete(name));

/** What version 4 adds to each contact: no connection data yet, and the timeline's words for search. */
function addedInV4(contact: Contact, interactions: Interaction[]) {
  const timeline = timelinesByContact(interactions).get(contact.key) ?? [];
  return { connectedAt: null, email: '', timelineWords: timelineWordsOf(timeline) };
}

/** Writes the example data the way version 1 of the extension did. */
async function saveAsVersion1(): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('contacts').bulkAdd(v1.contacts);
  await old.table('interactions').bulkAdd(v1.interactions);
  old.close();
}

describe('version 1 → now', () => {
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
        ...addedInV4(before, v1.interactions),
      });
      expect(after.dueAt).toEqual(expect.any(Number));
    }
    // The new index answers range queries.
    expect(await db.contacts.where('dueAt').below(Infinity).count()).toBe(2);
    db.close();
  });
});

describe('version 2 → now', () => {
  it('keeps every contact, interaction and setting, and adds the bundled templates', async () => {
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.table('contacts').bulkAdd(v2.contacts);
    await old.table('interactions').bulkAdd(v2.interactions);
    await old.table('settings').bulkAdd(v2.settings);
    old.close();

    const db = new ContactsDatabase(name);
    expect(await db.contacts.toArray()).toEqual(
      expect.arrayContaining(
        v2.contacts.map((contact: Contact) => ({ ...contact, ...addedInV4(contact, v2.interactions) })),
      ),
    );
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

describe('version 3 → now', () => {
  it('keeps every record, and indexes each timeline for search', async () => {
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    for (const table of ['contacts', 'interactions', 'settings', 'templates']) {
      await old.table(table).bulkAdd(v3[table]);
    }
    old.close();

    const db = new ContactsDatabase(name);
    const contacts = await db.contacts.toArray();
    expect(contacts).toEqual(
      expect.arrayContaining(
        v3.contacts.map((contact: Contact) => ({ ...contact, ...addedInV4(contact, v3.interactions) })),
      ),
    );
    expect(contacts).toHaveLength(v3.contacts.length);
    expect(await db.interactions.toArray()).toEqual(expect.arrayContaining(v3.interactions));
    expect(await db.interactions.count()).toBe(v3.interactions.length);
    expect(await db.settings.toArray()).toEqual(v3.settings);
    expect(await db.templates.toArray()).toEqual(expect.arrayContaining(v3.templates));
    expect(await db.templates.count()).toBe(v3.templates.length);
    // Folded words: a note written in Hämeenlinna is found by "hameenlinnassa".
    expect(contacts.find((contact) => contact.key === 'aino-virtanen-4b2a1c')!.timelineWords.split(' ')).toContain(
      'hameenlinnassa',
    );
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

describe('a migration that fails', () => {
  it('keeps the old data as it was, and says so when the database is opened', async () => {
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.table('contacts').bulkAdd(v3.contacts);
    // Data no version of ours wrote: an entry whose text is not text. Working out its words throws.
    const broken = { ...v3.interactions[0], id: 'broken', text: { not: 'text' } };
    await old.table('interactions').bulkAdd([...v3.interactions, broken]);
    old.close();

    const db = new ContactsDatabase(name);
    await expect(db.open()).rejects.toThrow(/normalize/);
    expect(db.hasFailed()).toBe(true);
    db.close();

    const after = new Dexie(name);
    after.version(3).stores(SCHEMA_V3);
    expect(after.verno).toBe(3);
    expect(await after.table('contacts').toArray()).toEqual(v3.contacts);
    expect(await after.table('interactions').count()).toBe(v3.interactions.length + 1);
    after.close();
  });

  it('is reported to whoever asked, with the reason', async () => {
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.table('contacts').bulkAdd(v3.contacts);
    await old.table('interactions').bulkAdd([{ ...v3.interactions[0], id: 'broken', text: 42 }]);
    old.close();

    const db = new ContactsDatabase(name);
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
