/**
 * The other documents a user keeps besides people: templates and the settings, each with the times that let
 * two versions of it merge (backups, sync). Pure.
 */
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Template } from '../templates';
import { mergeStamped, setStamped, type Stamped } from './stamped';

/** A template as stored: the newest version of the whole template wins; a deletion is kept as a tombstone. */
export interface TemplateDoc extends Template {
  updatedAt: number;
  deleted?: true;
}

/** Of two versions of one template, the newer (at the same time, the same one everywhere). */
export function mergeTemplates(a: TemplateDoc, b: TemplateDoc): TemplateDoc {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** A new version of a template (or its deletion), later than the one it replaces. */
export function nextTemplate(template: Template, previous: TemplateDoc | undefined, now: number, deleted = false) {
  const { id, name, kind, language, body } = template;
  const updatedAt = Math.max(now, (previous?.updatedAt ?? 0) + 1);
  return { id, name, kind, language, body, updatedAt, ...(deleted && { deleted: true as const }) } as TemplateDoc;
}

export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS) as SettingsField[];

/** The settings as stored: each field merged on its own, the newer change winning. */
export type SettingsDoc = Settings & Stamped<SettingsField>;

export const DEFAULT_SETTINGS_DOC: SettingsDoc = { ...DEFAULT_SETTINGS, changedAt: {} };

export function setSettings(doc: SettingsDoc, patch: Partial<Settings>, now: number): SettingsDoc {
  return setStamped(doc, SETTINGS_FIELDS, patch, now);
}

export function mergeSettings(a: SettingsDoc, b: SettingsDoc): SettingsDoc {
  return mergeStamped({ ...a }, a, b, SETTINGS_FIELDS);
}

/**
 * What belongs to one computer and stays there when the rest syncs: the language (each browser may have its
 * own), the daily notification and its hour, and when this computer last took a backup.
 */
const THIS_COMPUTER_ONLY = ['language', 'notificationsEnabled', 'notificationHour', 'lastBackupAt'] as const;

/** The settings the user has on every computer: rhythms, tags' colours, their name, the note limit and quota. */
export const SYNCED_SETTINGS_FIELDS = SETTINGS_FIELDS.filter(
  (field) => !(THIS_COMPUTER_ONLY as readonly string[]).includes(field),
);

export type SyncedSettings = Pick<Settings, (typeof SYNCED_SETTINGS_FIELDS)[number]> & Stamped<SettingsField>;

/** The part of the settings that travels: the synced fields with their times. */
export function syncedSettings(doc: SettingsDoc): SyncedSettings {
  const values = Object.fromEntries(SYNCED_SETTINGS_FIELDS.map((field) => [field, doc[field]]));
  const changedAt = Object.fromEntries(
    SYNCED_SETTINGS_FIELDS.flatMap((field) =>
      doc.changedAt[field] === undefined ? [] : [[field, doc.changedAt[field]]],
    ),
  );
  return { ...values, changedAt } as SyncedSettings;
}

/** This computer's settings with another computer's synced part merged in; its own fields stay as they are. */
export function mergeSyncedSettings(mine: SettingsDoc, theirs: SyncedSettings): SettingsDoc {
  return mergeStamped(
    mine,
    mine,
    { ...mine, ...theirs, changedAt: theirs.changedAt } as SettingsDoc,
    SYNCED_SETTINGS_FIELDS,
  );
}
