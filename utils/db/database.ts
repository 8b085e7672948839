/**
 * The database: IndexedDB through Dexie, in the extension's own origin. Opened by the background and the
 * dashboard (which only reads); an IndexedDB opened in a content script would belong to linkedin.com.
 *
 * Every schema change is a new numbered version with its upgrade (migrations/vN.ts) and a test that migrates the
 * previous version's example data (tests/fixtures/db); migrations/index.ts lists them, and says why they import
 * no live code. An upgrade that fails leaves the previous version's data as it was, and the database does not
 * open: the extension says so and never starts over empty.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { GoalDoc, SettingsDoc, TemplateDoc } from '../model/records';
import type { FocusWeek } from '../plan/focus';
import { SHIPPED_TEMPLATES } from '../shipped-templates';
import { declareVersions } from './migrations';
import { newSyncMark, type SyncMark } from './sync-mark';
import type { SyncRecord } from './sync-state';
import type { SummaryRow } from '../model/summary';

export const DATABASE_NAME = 'keep-in-touch';

/**
 * A person as stored: their document as canonical JSON text (utils/model/person-json.ts), whether they are
 * alive (an export skips the deleted without reading them), and the sync mark.
 */
export interface PersonRecord extends SyncMark {
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

export class Database extends Dexie {
  /** Every person, whole (deleted ones too): the documents that are saved, backed up, merged and synced. */
  people!: EntityTable<PersonRecord, 'key'>;
  /** Each live person's summary, worked out from their document: what lists, search and reminders read. */
  contacts!: EntityTable<SummaryRow, 'key'>;
  settings!: EntityTable<StoredSettings, 'key'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  goals!: EntityTable<StoredGoal, 'id'>;
  /** This computer's weekly focus, by week: chosen once a week, then only marked (done, skipped, snoozed). */
  focus!: EntityTable<StoredFocus, 'weekId'>;
  /** Sync's settings and status on this device. */
  sync!: EntityTable<SyncRecord, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareVersions(this);
    // A new database skips the upgrades: it starts with the shipped templates, which every device has.
    this.on('populate', (transaction) =>
      transaction
        .table('templates')
        .bulkAdd(SHIPPED_TEMPLATES.map((template) => ({ ...template, updatedAt: 0, ...newSyncMark(0) }))),
    );
  }
}
