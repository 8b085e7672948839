/**
 * The database: IndexedDB through Dexie, in the extension's own origin. Opened by the background and the
 * dashboard (which only reads); an IndexedDB opened in a content script would belong to linkedin.com.
 *
 * Every schema change is a new numbered version with its upgrade (migrations/vN.ts) and a test that migrates the
 * previous version's example data (tests/fixtures/db). An upgrade that fails leaves the previous version's data
 * as it was, and the database does not open: the extension says so and never starts over empty.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ContactRow } from '../model/views';
import type { GoalDoc, SettingsDoc, TemplateDoc } from '../model/records';
import type { FocusWeek } from '../plan/focus';
import { SHIPPED_TEMPLATES } from '../shipped-templates';
import { SCHEMA_V1 } from './migrations/v1';
import { SCHEMA_V2, upgradeToV2 } from './migrations/v2';
import { SCHEMA_V3, upgradeToV3 } from './migrations/v3';
import { SCHEMA_V4, upgradeToV4 } from './migrations/v4';
import { SCHEMA_V5, upgradeToV5 } from './migrations/v5';
import { SCHEMA_V6, upgradeToV6 } from './migrations/v6';
import { newSyncMark, type SyncMark } from './sync-mark';
import type { SyncRecord } from './sync-state';

export const DATABASE_NAME = 'keep-in-touch';

/**
 * A person as stored: their document as canonical JSON text (utils/model/person-json.ts), whether they are
 * alive (an export skips the deleted without reading them), and the sync mark.
 */
export interface StoredPerson extends SyncMark {
  key: string;
  json: string;
  alive: 0 | 1;
}
export type StoredTemplate = TemplateDoc & SyncMark;
export type StoredGoal = GoalDoc & SyncMark;
/** A week's focus, with what the people stored were when it was last chosen or topped up (focus-store.ts). */
export type StoredFocus = FocusWeek & { basis: string };
/** The one record of the settings table. */
export type StoredSettings = SettingsDoc & SyncMark & { key: 'settings' };

export class ContactsDatabase extends Dexie {
  /** Every person, whole (deleted ones too): the documents that are saved, backed up, merged and synced. */
  people!: EntityTable<StoredPerson, 'key'>;
  /** Each live person's summary, worked out from their document: what lists, search and reminders read. */
  contacts!: EntityTable<ContactRow, 'key'>;
  settings!: EntityTable<StoredSettings, 'key'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  goals!: EntityTable<StoredGoal, 'id'>;
  /** This computer's weekly focus, by week: chosen once a week, then only marked (done, skipped, snoozed). */
  focus!: EntityTable<StoredFocus, 'weekId'>;
  /** Sync's settings and status on this device. */
  sync!: EntityTable<SyncRecord, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((transaction) => upgradeToV5(transaction));
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    // A new database skips the upgrades: it starts with the shipped templates, which every device has.
    this.on('populate', (transaction) =>
      transaction
        .table('templates')
        .bulkAdd(SHIPPED_TEMPLATES.map((template) => ({ ...template, updatedAt: 0, ...newSyncMark(0) }))),
    );
  }
}
