/**
 * The files of one import (one export, the parts of one, or CSV files of it chosen alone) read and planned in
 * one go. Pure; the background writes the plan (utils/db/backup/linkedin-export.ts).
 */
import { planExport, type ExportPlan, type PlanOptions } from './plan';
import { readExport, type ExportText, type ReadExport } from './read';

export interface PlannedImport {
  read: Omit<ReadExport, 'connections' | 'messages' | 'invitations' | 'endorsements' | 'recommendations'>;
  plan: ExportPlan;
}

export function planImport(files: readonly ExportText[], options: PlanOptions): PlannedImport {
  const read = readExport(files);
  const { ownerName, read: files_, skipped, refused } = read;
  return { read: { ownerName, read: files_, skipped, refused }, plan: planExport(read, options) };
}
