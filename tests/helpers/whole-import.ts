/**
 * An import of a whole backup in three steps the tests can look between: the file read whole (readBackup), the
 * plan made against what was read of the store (planImport), the plan written (applyImport). Compositions of the
 * product's own pieces (utils/backup's format and planner, the store's writeImport); the product imports a file
 * in one transaction, a batch at a time (importFile), and a property holds that it stores what these do.
 */
import type { Backup, BackupReading } from '../../utils/backup/file';
import { openBackup, readPeople } from '../../utils/backup/format';
import { importPlanner, type Everything, type ImportRecords, type ImportSummary } from '../../utils/backup/planner';
import type { Database } from '../../utils/db/database';
import { writeImport, type ImportControl } from '../../utils/db/backup/import';
import type { Person } from '../../utils/model/person';

/** Reads a backup file's text whole, as of `now`, or says exactly what is wrong with it. Nothing is half-read. */
export function readBackup(content: string, now = Date.now()): BackupReading {
  const opening = openBackup(content);
  if (!opening.ok) return opening;
  const reading = readPeople(opening.file, 0, opening.file.people.length, now);
  return reading.ok ? { ok: true, backup: { ...opening.file, people: reading.people } } : reading;
}

/** What an import of a whole file does, worked out before anything is written. */
export interface ImportPlan extends ImportRecords {
  /** People to write: new, or merged with what is stored. */
  people: Person[];
  summary: ImportSummary;
}

/** The import planner given the whole file's people at once. */
export function planImport(stored: Everything, backup: Backup): ImportPlan {
  const planner = importPlanner(stored, backup);
  const people = planner.addPeople(backup.people);
  return { ...planner.records, people, summary: planner.summary };
}

/**
 * Writes a whole import plan in one transaction (all or nothing). The plan was made from what was stored when
 * it was read: only for a test that knows nothing was written since.
 */
export async function applyImport(db: Database, plan: ImportPlan, control: ImportControl = {}): Promise<void> {
  const { people, summary, ...records } = plan;
  const peopleIn = (from: number, to: number) => people.slice(from, to);
  await writeImport(db, () => ({ records, total: people.length, peopleIn, summary }), control);
}
