/**
 * The contacts database: IndexedDB through Dexie, in the extension's own origin. Imported by the background
 * (and later extension pages) only; an IndexedDB opened in a content script would belong to linkedin.com.
 *
 * Every schema change is a new numbered version with its upgrade and a test that migrates the previous
 * version's data (DESIGN.md, "Data").
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { timelinesByContact, timelineWordsOf, type Contact, type Interaction } from '../contacts';
import { dueAtOf } from '../followups';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { BUNDLED_TEMPLATES, type Template } from '../templates';

export const DATABASE_NAME = 'keep-in-touch';

/** Version 1 (the profile panel): contacts and their timelines. */
export const SCHEMA_V1 = {
  // *aliases: find a person by any slug or id; *tags: the list of tags for autocomplete.
  contacts: 'key, *aliases, *tags, updatedAt',
  // [contactKey+at]: one person's timeline in order (and, by its prefix, all of a person's interactions).
  interactions: 'id, [contactKey+at]',
};

/** Version 2 (keep in touch): contacts indexed by when they are due, so that counting is a range query. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: `${SCHEMA_V1.contacts}, dueAt`,
  settings: 'key',
};

/** Version 3 (invitations): templates, and interactions by type and time (this month's invitations). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  interactions: `${SCHEMA_V2.interactions}, [type+at]`,
  templates: 'id',
};

/** Version 4 (the dashboard): no new index; contacts gain timeline words for search, and connection fields. */
export const SCHEMA_V4 = SCHEMA_V3;

/** The one record of the settings table. */
export type SettingsRecord = Settings & { key: 'settings' };

/** v1 → v2: no follow-up or snooze yet; due as the default settings say. */
async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table<Contact>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.followUpOn = null;
      contact.snoozedUntil = null;
      contact.dueAt = dueAtOf(contact, DEFAULT_SETTINGS);
    });
}

/** v2 → v3: the bundled templates, so that they can be edited and deleted like the user's own. */
async function upgradeToV3(transaction: Transaction): Promise<void> {
  await transaction.table<Template>('templates').bulkAdd([...BUNDLED_TEMPLATES]);
}

/** v3 → v4: each contact's timeline words (search), and the fields LinkedIn's Connections.csv fills. */
async function upgradeToV4(transaction: Transaction): Promise<void> {
  const byContact = timelinesByContact(await transaction.table<Interaction>('interactions').toArray());
  await transaction
    .table<Contact>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.connectedAt = null;
      contact.email = '';
      contact.timelineWords = timelineWordsOf(byContact.get(contact.key) ?? []);
    });
}

export class ContactsDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'key'>;
  interactions!: EntityTable<Interaction, 'id'>;
  settings!: EntityTable<SettingsRecord, 'key'>;
  templates!: EntityTable<Template, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    // A new database skips the upgrades: give it the bundled templates too.
    this.on('populate', (transaction) => upgradeToV3(transaction));
  }
}

/** The user's settings: what they saved over the defaults. */
export async function loadSettings(db: ContactsDatabase): Promise<Settings> {
  const { key: _key, ...saved } = (await db.settings.get('settings')) ?? { key: 'settings' };
  return { ...DEFAULT_SETTINGS, ...saved };
}
