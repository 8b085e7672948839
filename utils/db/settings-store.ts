/** The settings: one document, each field merged on its own (utils/model/records.ts). */
import { dueAtOf } from '../followups';
import { DEFAULT_SETTINGS_DOC, setSettings, type SettingsDoc } from '../model/records';
import type { Settings } from '../settings';
import type { Database } from './database';
import { newSyncMark, withoutMark } from './sync-mark';

/** The settings document: what the user saved over the defaults, with when each field changed. */
export async function loadSettingsDoc(db: Database): Promise<SettingsDoc> {
  const saved = await db.settings.get('settings');
  if (!saved) return DEFAULT_SETTINGS_DOC;
  const { key: _key, ...doc } = withoutMark(saved);
  return { ...DEFAULT_SETTINGS_DOC, ...doc };
}

/** The user's settings: what they saved over the defaults. */
export async function loadSettings(db: Database): Promise<Settings> {
  const { changedAt: _changedAt, ...settings } = await loadSettingsDoc(db);
  return settings;
}

/**
 * Saves the settings document; when a rhythm changed, everyone's due day is worked out again. `pending`: 0 when
 * it came from sync as it is.
 */
export async function saveSettingsDoc(db: Database, doc: SettingsDoc, pending: 0 | 1 = 1): Promise<void> {
  await db.transaction('rw', db.settings, db.people, db.contacts, async () => {
    const before = await loadSettingsDoc(db);
    await db.settings.put({ ...doc, key: 'settings', ...newSyncMark(pending) });
    const rhythmChanged =
      doc.defaultCadenceDays !== before.defaultCadenceDays ||
      JSON.stringify(doc.tagCadences) !== JSON.stringify(before.tagCadences);
    if (rhythmChanged) await rescheduleEveryone(db);
  });
}

/** Saves settings over the current ones. */
export function updateSettings(db: Database, patch: Partial<Settings>, now: number): Promise<Settings> {
  return db.transaction('rw', db.settings, db.people, db.contacts, async () => {
    const doc = setSettings(await loadSettingsDoc(db), patch, now);
    await saveSettingsDoc(db, doc);
    return loadSettings(db);
  });
}

/**
 * Works out everyone's due time again, writing only those that differ: after a change of rhythm, and at
 * browser start-up, since due days are local calendar days and the time zone may have changed. Due times are
 * derived, so only the summaries change.
 */
export async function rescheduleEveryone(db: Database): Promise<number> {
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const settings = await loadSettings(db);
    return db.contacts
      .filter((contact) => contact.dueAt !== dueAtOf(contact, settings))
      .modify((contact) => {
        contact.dueAt = dueAtOf(contact, settings);
      });
  });
}
