/**
 * Everything stored, read at one moment: as the backup file (exportBackup), or as the documents an import
 * merges into (readEverything). The file's format is pure and lives in utils/backup/format.ts.
 */
import { backupText } from '../../backup/format';
import type { Everything } from '../../backup/planner';
import { personFromJson } from '../../model/person-json';
import type { Database } from '../database';
import { loadSettingsDoc } from '../settings-store';
import { withoutMark } from '../sync-mark';

/** Everything stored, read at one moment: every person (deleted ones too), template and the settings. */
export function readEverything(db: Database): Promise<Everything> {
  return db.transaction('r', db.people, db.templates, db.goals, db.settings, async () => {
    // Asked for at once: the browser answers them back to back, not one round trip after another.
    const [people, templates, goals, saved] = await Promise.all([
      db.people.toArray(),
      db.templates.toArray(),
      db.goals.toArray(),
      db.settings.get('settings'),
    ]);
    return {
      people: people.map((person) => personFromJson(person.json)),
      templates: templates.map(withoutMark),
      goals: goals.map(withoutMark),
      settings: saved ? await loadSettingsDoc(db) : null,
    };
  });
}

/**
 * The backup file of everything stored, read at one moment: the live people's texts as stored (by key, as
 * IndexedDB keeps them), the templates, and the settings (the defaults when the user never saved any).
 */
export function exportBackup(db: Database): Promise<string> {
  return db.transaction('r', db.people, db.templates, db.goals, db.settings, async () => {
    const [people, templates, goals, settings] = await Promise.all([
      db.people.toArray(),
      db.templates.toArray(),
      db.goals.toArray(),
      loadSettingsDoc(db),
    ]);
    const peopleJson = people.filter((person) => person.alive === 1).map((person) => person.json);
    return backupText({ peopleJson, templates: templates.map(withoutMark), goals: goals.map(withoutMark), settings });
  });
}
