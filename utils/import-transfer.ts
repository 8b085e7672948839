/**
 * How the dashboard hands a file to the background to import: over a runtime Port, in chunks, since one message
 * is limited (64 MiB in Chrome, less in Firefox) and a backup may be 100 MB. The page sends `start`, waits for
 * `ready` (or a refusal), sends the bytes as base64 `chunk`s (messages carry JSON, not binary) and `end`; the
 * background imports in its store, says how far it is (`progress`, which also keeps a service worker awake),
 * and answers `done` or `failed`. The page may send `cancel` until then: the import writes in one transaction,
 * so a cancelled one leaves nothing behind.
 */
import * as z from 'zod/mini';
import type { ImportOutcome } from './db/backup-store';

/** The Port's name: runtime.connect({ name }). */
export const IMPORT_PORT = 'import';

/** Bytes per chunk: far below any browser's message limit, and small enough that posting one never stalls the page. */
export const CHUNK_BYTES = 256 * 1024;

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
  z.object({ type: z.literal('start'), bytes: z.number().check(z.int(), z.gte(0)), reminders: ReminderChoiceSchema }),
  z.object({ type: z.literal('chunk'), base64: z.string().check(z.maxLength(2 * CHUNK_BYTES)) }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('cancel') }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/** The background's answers. A refused file is `done` with a `refused` outcome that names its problem. */
export type FromBackground =
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; code: 'storage-full' | 'failed'; message: string };

/** How far an import is: reading the file, then writing its people (counted). */
export interface ImportProgress {
  stage: 'reading' | 'writing';
  done: number;
  total: number;
}

/** The bytes of base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
