/**
 * Importing a backup the user chose: merged in and written in one transaction (all or nothing), batch by batch.
 * The rules are pure and live in utils/backup (the file's formats, the planner); people are written through the
 * people store. writeImport is the transaction every import writes in, LinkedIn's export too
 * (linkedin-export-files.ts, which takes Connections.csv as well, alone or in the ZIP).
 */
import { BACKUP_LIMITS, type BackupProblem } from '../../backup/file';
import { openBackup, readPeople, type OpenedBackup } from '../../backup/format';
import { importPlanner, type ImportRecords, type ImportSummary } from '../../backup/planner';
import { decodeText } from '../../decode-text';
import type { ImportProgress } from '../../import-transfer';
import type { Person } from '../../model/person';
import type { Database } from '../database';
import { preparePeople, writePeople } from '../people/write';
import { loadSettings, saveSettingsDoc } from '../settings-store';
import { newSyncMark } from '../sync-mark';
import { readEverything } from './export';
import type { ExportOutcome, ExportProblem } from './linkedin-export-files';

/** The user cancelled an import: its transaction is undone, and nothing of it stays. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** How an import tells how far it is, and learns that the user cancelled it. */
export interface ImportControl {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** People per batch: small enough to tell progress and notice a cancel often, large enough to stay fast. */
  batchSize?: number;
}

/** A file's person was found bad part way through an import: its transaction is undone, and the file refused. */
class BackupRefused extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`The backup was refused: ${problem.kind}.`);
    this.name = 'BackupRefused';
  }
}

/** What an import writes, whatever it came from: the records but people, and the people batch by batch. */
export interface ImportWrite<Summary = ImportSummary> {
  records: ImportRecords;
  /** How many people there are to go through (the file's, or the plan's). */
  total: number;
  /** The documents to write for people `from` up to `to` (of `total`): checked and planned only now. */
  peopleIn: (from: number, to: number) => Person[];
  /** What the import did, whole once every batch is written. */
  summary: Summary;
}

/**
 * Writes an import's records and people, inside writeImport's transaction. Two batches are in flight: while
 * the browser writes one, the next is checked, planned and handed over, so that the work in this worker
 * overlaps the writing.
 */
async function writeBatches(
  db: Database,
  { records, total, peopleIn }: ImportWrite<unknown>,
  { onProgress, signal, batchSize = 1000 }: ImportControl,
): Promise<void> {
  if (records.settings) await saveSettingsDoc(db, records.settings);
  await db.templates.bulkPut(records.templates.map((template) => ({ ...template, ...newSyncMark() })));
  await db.goals.bulkPut(records.goals.map((goal) => ({ ...goal, ...newSyncMark() })));
  const settings = await loadSettings(db);
  let previous: Promise<void> = Promise.resolve();
  for (let done = 0; done < total; done += batchSize) {
    const batch = preparePeople(peopleIn(done, Math.min(done + batchSize, total)), settings);
    // Thrown inside the transaction: IndexedDB undoes everything it wrote.
    if (signal?.aborted) throw new ImportCancelled();
    // Nothing to write (people the file has as stored): no promise to wait for. Awaiting one that made no
    // IndexedDB request left the transaction idle, and it committed before the next batch (a test holds it).
    if (batch.records.length === 0) continue;
    const writing = writePeople(db, batch);
    // Awaited below, after the batch before it; a failure undoes the transaction either way.
    writing.catch(() => undefined);
    await previous;
    onProgress?.({ stage: 'writing', done, total });
    previous = writing;
  }
  await previous;
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ stage: 'writing', done: total, total });
}

/**
 * Runs an import in one read-write transaction over everything an import reads or writes: if anything fails,
 * or the user cancels, nothing of it is written. `start` runs first, inside the transaction, so that what it
 * reads of the store is what the import writes over. Answers what the import did.
 *
 * The scope is an async function of its own: Dexie keeps its transaction across native awaits only for one (it
 * asks the function's kind), and a plain arrow handing back the work's promise let the transaction commit early.
 */
export function writeImport<Summary = ImportSummary>(
  db: Database,
  start: () => ImportWrite<Summary> | Promise<ImportWrite<Summary>>,
  control: ImportControl = {},
): Promise<Summary> {
  return db.transaction('rw', db.people, db.contacts, db.templates, db.goals, db.settings, async () => {
    const write = await start();
    await writeBatches(db, write, control);
    return write.summary;
  });
}

/**
 * Imports an opened backup file: its people checked and merged with what is stored a batch at a time, while
 * the batch before is written. What is stored is read in the same transaction as the import is written: an
 * edit saved meanwhile (a note in the panel, a person synced) waits for the import and follows it, instead of
 * coming between the reading and the writing and being overwritten by a merge with what was there before it.
 * A bad person anywhere undoes it all, and says why.
 */
function importBackup(db: Database, file: OpenedBackup, now: number, control: ImportControl): Promise<ImportSummary> {
  return writeImport(
    db,
    async () => {
      const planner = importPlanner(await readEverything(db), file);
      const peopleIn = (from: number, to: number) => {
        const reading = readPeople(file, from, to, now);
        if (!reading.ok) throw new BackupRefused(reading.problem);
        return planner.addPeople(reading.people);
      };
      return { records: planner.records, total: file.people.length, peopleIn, summary: planner.summary };
    },
    control,
  );
}

/** What importing a file did, or why it did nothing. */
export type ImportOutcome =
  | { kind: 'backup'; summary: ImportSummary }
  | { kind: 'cancelled' }
  | { kind: 'refused'; problem: BackupProblem | ExportProblem }
  | ExportOutcome;

/** A JSON backup, or nothing this takes: decided by the first character, whatever the file is called. */
export function looksLikeJson(content: string): boolean {
  return /^\s*[[{]/.test(content);
}

/**
 * Imports a file the user chose, as its bytes: a backup (merged in, all or nothing). A file that is not one, or
 * a bad backup, changes nothing and says why. Only a lone file that looks like JSON comes here; everything else
 * goes the export's way (isExportImport). Runs in the background (entrypoints/background/imports.ts).
 */
export async function importFile(
  db: Database,
  file: Uint8Array,
  now: number,
  control: ImportControl = {},
): Promise<ImportOutcome> {
  if (file.length > BACKUP_LIMITS.bytes) return { kind: 'refused', problem: { kind: 'too-big', bytes: file.length } };
  control.onProgress?.({ stage: 'reading', done: 0, total: file.length });
  const content = decodeText(file);
  try {
    if (!looksLikeJson(content)) return { kind: 'refused', problem: { kind: 'unknown-file' } };
    const opening = openBackup(content);
    if (!opening.ok) return { kind: 'refused', problem: opening.problem };
    return { kind: 'backup', summary: await importBackup(db, opening.file, now, control) };
  } catch (error) {
    // Dexie may hand back what was thrown in a transaction as its `inner` error.
    const thrown = (error as { inner?: unknown }).inner ?? error;
    if (thrown instanceof ImportCancelled) return { kind: 'cancelled' };
    if (thrown instanceof BackupRefused) return { kind: 'refused', problem: thrown.problem };
    throw error;
  }
}
