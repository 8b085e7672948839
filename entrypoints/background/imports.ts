/**
 * Imports, in the background's store like every other write: the dashboard sends the file over a Port in chunks
 * (utils/import-transfer.ts), the import runs here (all or nothing), and the change is announced to every tab
 * and the badge as any other is. Only the extension's own pages may import: a LinkedIn tab's port is closed.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { BACKUP_LIMITS } from '@/utils/backup';
import { importFile } from '@/utils/db/backup-store';
import type { ContactsDatabase } from '@/utils/db/database';
import {
  IMPORT_PORT,
  fromBase64,
  ToBackgroundSchema,
  type FromBackground,
  type ImportProgress,
  type ReminderChoice,
} from '@/utils/import-transfer';
import { isQuotaError } from '@/utils/quota';
import { announceChange, senderKind } from './messaging';

/**
 * How often the background says how far it is, at least: well within a service worker's 30 s idle limit
 * (reading a 100 MB file is one long step with nothing to count).
 */
const HEARTBEAT_MS = 10_000;

export interface ImportOptions {
  now?: () => number;
  /** Called after an import changed data (the badge and alarms follow). */
  onChange?: () => Promise<void>;
}

/** Receives one file over `port` and imports it; a port from anything but an extension page is closed unread. */
export function receiveImport(
  db: ContactsDatabase,
  port: Browser.runtime.Port,
  { now = Date.now, onChange }: ImportOptions = {},
): void {
  if (!port.sender || senderKind(port.sender) !== 'extension-page') {
    port.disconnect();
    return;
  }
  const answer = (message: FromBackground) => {
    // The page may have gone (closed, reloaded) while the import goes on: nobody is left to tell.
    try {
      port.postMessage(message);
    } catch {
      // Disconnected.
    }
  };
  let file: { bytes: Uint8Array; received: number; reminders: ReminderChoice } | null = null;
  let cancel: AbortController | null = null;
  const fail = (message: string) => {
    file = null;
    answer({ type: 'failed', code: 'failed', message });
  };

  const run = async (bytes: Uint8Array, reminders: ReminderChoice) => {
    let last: ImportProgress = { stage: 'reading', done: 0, total: bytes.length };
    const onProgress = (progress: ImportProgress) => {
      last = progress;
      answer({ type: 'progress', progress });
    };
    const heartbeat = setInterval(() => answer({ type: 'progress', progress: last }), HEARTBEAT_MS);
    cancel = new AbortController();
    try {
      const outcome = await importFile(db, bytes, reminders, now(), { onProgress, signal: cancel.signal });
      if (outcome.kind !== 'refused' && outcome.kind !== 'cancelled') {
        announceChange('all', undefined).catch((error) => console.warn(error));
        onChange?.().catch((error) => console.warn(error));
      }
      answer({ type: 'done', outcome });
    } catch (error) {
      console.error('Keep in touch: an import failed', error);
      const message = error instanceof Error ? error.message : String(error);
      answer({ type: 'failed', code: isQuotaError(error) ? 'storage-full' : 'failed', message });
    } finally {
      clearInterval(heartbeat);
      cancel = null;
    }
  };

  port.onMessage.addListener((raw: unknown) => {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return fail(z.prettifyError(parsed.error));
    const message = parsed.data;
    if (message.type === 'cancel') {
      file = null;
      // An import under way is undone and answers for itself; a file still arriving is simply dropped.
      if (cancel) cancel.abort();
      else answer({ type: 'done', outcome: { kind: 'cancelled' } });
      return;
    }
    if (message.type === 'start') {
      // Refused before a byte is sent: the page need not send 100 MB to hear that 200 MB is too much.
      if (message.bytes > BACKUP_LIMITS.bytes) {
        return answer({
          type: 'done',
          outcome: { kind: 'refused', problem: { kind: 'too-big', bytes: message.bytes } },
        });
      }
      file = { bytes: new Uint8Array(message.bytes), received: 0, reminders: message.reminders };
      return answer({ type: 'ready' });
    }
    if (!file) return fail('The file came without its start.');
    if (message.type === 'chunk') {
      let chunk: Uint8Array;
      try {
        chunk = fromBase64(message.base64);
      } catch {
        return fail('A part of the file was damaged on its way.');
      }
      if (file.received + chunk.length > file.bytes.length) return fail('More of the file came than was announced.');
      file.bytes.set(chunk, file.received);
      file.received += chunk.length;
      return;
    }
    if (file.received !== file.bytes.length) return fail('Part of the file did not arrive.');
    const { bytes, reminders } = file;
    file = null;
    void run(bytes, reminders);
  });
  // The page went away (closed, reloaded): what it sent so far is dropped; an import under way goes on, since
  // the user chose it and did not cancel.
  port.onDisconnect.addListener(() => {
    file = null;
  });
}

/** Takes every import the dashboard sends; `onChange` follows each one that changed data. */
export function listenForImports(db: ContactsDatabase, onChange: () => Promise<void>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === IMPORT_PORT) receiveImport(db, port, { onChange });
  });
}
