/**
 * How the dashboard hands a file to the background to import: it puts the file down where the background can
 * pick it up (import-staging.ts), then says `start` over a runtime Port with its id, size and what to do with
 * it. The background imports in its store, says how far it is (`progress`, which also keeps a service worker
 * awake), and answers `done` or `failed`. The page may send `cancel` until then: the import writes in one
 * transaction, so a cancelled one leaves nothing behind.
 */
import * as z from 'zod/mini';
import type { ImportOutcome } from './db/backup/import';

/** The Port's name: runtime.connect({ name }). */
export const IMPORT_PORT = 'import';

/**
 * What the user chose for the reminders of the people a Connections.csv adds: none until they are tagged or
 * given a rhythm, or a tier (a tag, whose rhythm applies; a tag without one yet gets `cadenceDays`).
 */
export const ReminderChoiceSchema = z.union([
  z.object({ kind: z.literal('none-until-tagged') }),
  z.object({
    kind: z.literal('tier'),
    tag: z.string().check(z.maxLength(60), z.regex(/\S/)),
    cadenceDays: z.number().check(z.int(), z.gte(1), z.lte(3650)),
  }),
]);
export type ReminderChoice = z.infer<typeof ReminderChoiceSchema>;

/** The page's messages, checked by the background like every message. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    /** The staged file's id (import-staging.ts). */
    file: z.string().check(z.maxLength(100)),
    bytes: z.number().check(z.int(), z.gte(0)),
    reminders: ReminderChoiceSchema,
    /** The file's name: LinkedIn's export is read by its files' names. */
    name: z.optional(z.string().check(z.maxLength(300))),
    /** Further files of the same import: the other parts of an export, or more of its CSV files. */
    more: z.optional(
      z
        .array(
          z.object({
            file: z.string().check(z.maxLength(100)),
            name: z.string().check(z.maxLength(300)),
            bytes: z.number().check(z.int(), z.gte(0)),
          }),
        )
        // A Complete export unzipped is some sixty files, chosen at once: those the import does not read are
        // skipped by name, unread.
        .check(z.maxLength(200)),
    ),
    /** Keep the texts of the export's messages (off by default: dates and counts are enough to keep in touch). */
    keepTexts: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('cancel') }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** The background's answers. A refused file is `done` with a `refused` outcome that names its problem. */
export type FromBackground =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; code: 'storage-full' | 'failed'; message: string };

/** How far an import is: reading the file, then writing its people (counted). */
export interface ImportProgress {
  stage: 'reading' | 'writing';
  done: number;
  total: number;
}
