/**
 * The other documents a user keeps besides people: templates, goals and the settings, each with the times that
 * let two versions of it merge (backups, sync). Pure.
 */
import type { Goal } from '../plan/goals';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Template } from '../templates';
import { mergeStamped, setStamped, type Stamped } from './stamped';

/** A template as stored: the newest version of the whole template wins; a deletion is kept as a tombstone. */
export interface TemplateDoc extends Template {
  updatedAt: number;
  deleted?: true;
}

/**
 * Of two versions of one record kept whole (a template, a goal), the newer; at the same time, the same one
 * everywhere, whichever order they meet in.
 */
function newerOf<T extends { updatedAt: number }>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export function mergeTemplates(a: TemplateDoc, b: TemplateDoc): TemplateDoc {
  return newerOf(a, b);
}

/** A new version of a template (or its deletion), later than the one it replaces. */
export function nextTemplate(template: Template, previous: TemplateDoc | undefined, now: number, deleted = false) {
  const { id, name, kind, language, body } = template;
  const updatedAt = Math.max(now, (previous?.updatedAt ?? 0) + 1);
  return { id, name, kind, language, body, updatedAt, ...(deleted && { deleted: true as const }) } as TemplateDoc;
}

/** A goal as stored: like a template, the newest version wins whole, and a deletion is a tombstone. */
export type GoalDoc = Goal & { deleted?: true };

export function mergeGoals(a: GoalDoc, b: GoalDoc): GoalDoc {
  return newerOf(a, b);
}

/** What the user edits of a goal; the times are the store's. */
export type GoalInput = Omit<Goal, 'createdAt' | 'updatedAt'>;

/** A new version of a goal (or its deletion), later than the one it replaces. */
export function nextGoal(goal: GoalInput, previous: GoalDoc | undefined, now: number, deleted = false): GoalDoc {
  const { id, title, why, give, who, measure, target, per, deadline, archived } = goal;
  return {
    ...{ id, title, why, give, who, measure, target, per, deadline, archived },
    createdAt: previous?.createdAt ?? now,
    updatedAt: Math.max(now, (previous?.updatedAt ?? 0) + 1),
    ...(deleted && { deleted: true as const }),
  };
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
 * own), the daily notification and its hour, when this computer last took a backup, and where its panel lives
 * (the other computer's browser may have no side panel).
 */
const THIS_COMPUTER_ONLY = [
  'language',
  'notificationsEnabled',
  'notificationHour',
  'lastBackupAt',
  'panelPlace',
] as const;

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
