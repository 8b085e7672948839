/**
 * The files of one import (one export, the parts of one, or CSV files of it chosen alone) read and planned in
 * one go. Pure; the background writes the plan (utils/db/backup/linkedin-export.ts).
 */
import { planExport, type ExportPlan, type PlanOptions } from './plan';
import { readExport, type ExportText, type ReadExport } from './read';
import type { ExportWords } from './words';

/** What was read of the files (without their rows, which the plan holds now), and the plan. */
export interface PlannedImport {
  read: Pick<ReadExport, 'ownerName' | 'read' | 'skipped' | 'refused'>;
  plan: ExportPlan;
}

export function planImport(files: readonly ExportText[], options: PlanOptions): PlannedImport {
  const whole = readExport(files);
  const { ownerName, read, skipped, refused } = whole;
  return { read: { ownerName, read, skipped, refused }, plan: planExport(whole, options) };
}

/**
 * Reads and plans an import's files where the caller chooses: on this thread, or in a worker (Firefox, whose
 * background shares its thread with the extension's pages: entrypoints/background/export-planner.ts).
 */
export type PlanExport = (files: readonly ExportText[], keepTexts: boolean) => Promise<PlannedImport>;

/** Planning on this thread, in these words. */
export function planHere(words: ExportWords): PlanExport {
  return async (files, keepTexts) => planImport(files, { keepTexts, words });
}
