/**
 * Importing LinkedIn's data export as the user chose it: the ZIP as downloaded, several parts of it at once, or
 * any of its CSV files alone. Every file is read first (ZIPs streamed, utils/linkedin-export/zip.ts), the whole
 * planned (plan.ts), then written in the one transaction every import writes in. A ZIP that is not LinkedIn's,
 * a damaged one, one that would unpack too far, or a file of the export with columns not its own refuses the
 * whole import before anything is written.
 */
import { decodeText } from '../../decode-text';
import type { ImportProgress, ReminderChoice } from '../../import-transfer';
import { parseConnections } from '../../linkedin/connections';
import { baseName, exportFileKind } from '../../linkedin-export/files';
import type { PlanExport } from '../../linkedin-export/import-plan';
import type { ExportCounts } from '../../linkedin-export/plan';
import { EXPECTED_COLUMNS, type ExportText, type FileRead } from '../../linkedin-export/read';
import { blobChunks, looksLikeZip, readExportZip, UNPACKED_LIMIT, type ZipProblem } from '../../linkedin-export/zip';
import type { Database } from '../database';
import { ImportCancelled, looksLikeJson, type ImportControl } from './import';
import { importExportPlan, type ExportImported } from './linkedin-export';

export interface ChosenFile {
  name: string;
  blob: Blob;
}

export type ExportProblem =
  | ZipProblem
  /** A file of the export whose header is not the one expected: its name, and the columns expected. */
  | { kind: 'export-columns'; file: string; expected: string }
  /** A CSV too large to be one of the export's. */
  | { kind: 'export-too-large'; name: string; limit: number }
  /** One file alone that is neither a backup nor any of the export's. */
  | { kind: 'unknown-file' }
  /** A file with nothing in it, whatever its name: neither a backup nor any of the export's. */
  | { kind: 'empty'; name: string };

export interface ExportOutcome {
  kind: 'linkedin-export';
  result: ExportImported;
  files: FileRead[];
  skipped: string[];
  counts: ExportCounts;
  reminders: ReminderChoice;
  keepTexts: boolean;
}

/**
 * Whether these files go the export's way: anything but one file that looks like JSON, which only a backup is
 * (a ZIP, several files, any of the export's CSVs, Connections.csv among them whatever its name).
 */
export async function isExportImport(files: readonly ChosenFile[]): Promise<boolean> {
  if (files.length !== 1) return true;
  const head = decodeText(new Uint8Array(await files[0]!.blob.slice(0, 64).arrayBuffer()));
  return !looksLikeJson(head);
}

export interface ExportImportOptions {
  reminders: ReminderChoice;
  keepTexts: boolean;
  /** Where the files are read and planned, in whose words (import-plan.ts). */
  plan: PlanExport;
  now: number;
}

export async function importExportFiles(
  db: Database,
  chosen: readonly ChosenFile[],
  { reminders, keepTexts, plan: planFiles, now }: ExportImportOptions,
  control: ImportControl = {},
): Promise<ExportOutcome | { kind: 'refused'; problem: ExportProblem } | { kind: 'cancelled' }> {
  // Said as empty, not as a file without the export's columns or of no kind known (a lone empty file comes here).
  const empty = chosen.find((file) => file.blob.size === 0);
  if (empty) return { kind: 'refused', problem: { kind: 'empty', name: empty.name } };
  const total = chosen.reduce((sum, file) => sum + file.blob.size, 0);
  let done = 0;
  const progress = (progress: ImportProgress) => control.onProgress?.(progress);
  progress({ stage: 'reading', done, total });
  const texts: ExportText[] = [];
  const skipped: string[] = [];
  // The limit is the import's, not each file's: many parts must not unpack to more than one may.
  const unpacked = () => texts.reduce((sum, { text }) => sum + text.length, 0);
  for (const { name, blob } of chosen) {
    if (control.signal?.aborted) return { kind: 'cancelled' };
    const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
    if (looksLikeZip(head)) {
      const counted = async function* () {
        for await (const chunk of blobChunks(blob)) {
          // Cancelled: no more of it is read (the ZIP then looks cut short, and the cancel is said instead).
          if (control.signal?.aborted) return;
          yield chunk;
          done += chunk.length;
          progress({ stage: 'reading', done, total });
        }
      };
      const reading = await readExportZip(name, counted(), UNPACKED_LIMIT - unpacked());
      if (control.signal?.aborted) return { kind: 'cancelled' };
      if (!reading.ok) return { kind: 'refused', problem: reading.problem };
      texts.push(...reading.files);
      skipped.push(...reading.skipped);
    } else if (exportFileKind(name) === null && chosen.length > 1) {
      skipped.push(name);
    } else {
      if (unpacked() + blob.size > UNPACKED_LIMIT)
        return { kind: 'refused', problem: { kind: 'export-too-large', name, limit: UNPACKED_LIMIT } };
      const text = decodeText(new Uint8Array(await blob.arrayBuffer()));
      done += blob.size;
      // One file under a name of its owner's: LinkedIn's connections by their columns, or nothing of the export.
      if (exportFileKind(name) !== null) texts.push({ path: name, text });
      else if (parseConnections(text)) texts.push({ path: name, text, kind: 'connections' });
      else skipped.push(name);
    }
  }
  // Parts that are not LinkedIn's at all: nothing of the export among them.
  if (texts.length === 0) {
    const [only] = chosen;
    const lone =
      chosen.length === 1 && only && !looksLikeZip(new Uint8Array(await only.blob.slice(0, 4).arrayBuffer()));
    return {
      kind: 'refused',
      problem: lone ? { kind: 'unknown-file' } : { kind: 'zip-not-linkedin', name: only?.name ?? '' },
    };
  }
  const { read, plan } = await planFiles(texts, keepTexts);
  const [refused] = read.refused;
  if (refused) {
    const problem = {
      kind: 'export-columns',
      file: baseName(refused.path),
      expected: EXPECTED_COLUMNS[refused.kind],
    } as const;
    return { kind: 'refused', problem };
  }
  if (control.signal?.aborted) return { kind: 'cancelled' };
  let result: ExportImported;
  try {
    result = await importExportPlan(db, plan, reminders, now, control);
  } catch (error) {
    // Dexie may hand back what was thrown in a transaction as its `inner` error.
    if (((error as { inner?: unknown }).inner ?? error) instanceof ImportCancelled) return { kind: 'cancelled' };
    throw error;
  }
  return {
    kind: 'linkedin-export',
    result,
    files: read.read,
    skipped: [...skipped, ...read.skipped],
    counts: plan.counts,
    reminders,
    keepTexts,
  };
}
