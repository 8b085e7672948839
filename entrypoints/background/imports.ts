/**
 * Imports, in the background's store like every other write: the dashboard puts the file down for the background
 * and says so over a Port (utils/import-transfer.ts), the import runs here (all or nothing), and the change is announced to every tab
 * and the badge as any other is. Only the extension's own pages may import: a LinkedIn tab's port is closed.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { BACKUP_LIMITS } from '@/utils/backup/file';
import { importFile, type ImportOutcome } from '@/utils/db/backup/import';
import { importExportFiles, isExportImport, type ChosenFile } from '@/utils/db/backup/linkedin-export-files';
import type { Database } from '@/utils/db/database';
import {
  IMPORT_PORT,
  ToBackgroundSchema,
  type FromBackground,
  type ImportProgress,
  type ReminderChoice,
} from '@/utils/import-transfer';
import { takeFile } from '@/utils/import-staging';
import { isQuotaError } from '@/utils/quota';
import { afterChange } from './after-change';
import { exportPlanner } from './export-planner';
import { senderKind } from './router';

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
  db: Database,
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
  /** The import this port started, to cancel. */
  let cancel: AbortController | null = null;

  /** What the page asked for, besides the files. */
  interface Asked {
    reminders: ReminderChoice;
    keepTexts: boolean;
  }

  const run = async (files: ChosenFile[], { reminders, keepTexts }: Asked, signal: AbortSignal) => {
    let last: ImportProgress = {
      stage: 'reading',
      done: 0,
      total: files.reduce((sum, file) => sum + file.blob.size, 0),
    };
    const onProgress = (progress: ImportProgress) => {
      last = progress;
      answer({ type: 'progress', progress });
    };
    const heartbeat = setInterval(() => answer({ type: 'progress', progress: last }), HEARTBEAT_MS);
    try {
      let outcome: ImportOutcome;
      if (await isExportImport(files)) {
        const options = { reminders, keepTexts, plan: exportPlanner(), now: now() };
        outcome = await importExportFiles(db, files, options, { onProgress, signal });
      } else {
        // A backup (or a file that is nothing this takes); refused before it is read when far too large.
        const [{ blob }] = files as [ChosenFile];
        if (blob.size > BACKUP_LIMITS.bytes) {
          outcome = { kind: 'refused', problem: { kind: 'too-big', bytes: blob.size } };
        } else {
          const bytes = new Uint8Array(await blob.arrayBuffer());
          outcome = await importFile(db, bytes, now(), { onProgress, signal });
        }
      }
      if (outcome.kind !== 'refused' && outcome.kind !== 'cancelled') {
        void afterChange({ people: 'all' }, onChange);
      }
      answer({ type: 'done', outcome });
    } catch (error) {
      console.error('Keep in touch: an import failed', error);
      const message = error instanceof Error ? error.message : String(error);
      answer({ type: 'failed', code: isQuotaError(error) ? 'storage-full' : 'failed', message });
    } finally {
      clearInterval(heartbeat);
    }
  };

  const fail = (message: string) => answer({ type: 'failed', code: 'failed', message });

  /** Picks the staged files up and imports them, unless the page cancels first. */
  const start = async (staged: { id: string; name: string }[], asked: Asked, signal: AbortSignal) => {
    const files: ChosenFile[] = [];
    try {
      for (const { id, name } of staged) {
        const blob = await takeFile(id);
        if (!blob) return fail('The file was not there to import.');
        files.push({ name, blob });
      }
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    if (signal.aborted) return answer({ type: 'done', outcome: { kind: 'cancelled' } });
    await run(files, asked, signal);
  };

  port.onMessage.addListener((raw: unknown) => {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return fail(z.prettifyError(parsed.error));
    const message = parsed.data;
    if (message.type === 'cancel') {
      // An import under way is undone and answers for itself.
      if (cancel) cancel.abort();
      else answer({ type: 'done', outcome: { kind: 'cancelled' } });
      return;
    }
    if (cancel) return fail('One import at a time on one port.');
    cancel = new AbortController();
    const staged = [
      { id: message.file, name: message.name ?? '' },
      ...(message.more ?? []).map(({ file, name }) => ({ id: file, name })),
    ];
    // Refused before it is read: a file far too large would only fill the worker's memory. An export's ZIP is
    // streamed, and its own limit is on what it unpacks (utils/linkedin-export/zip.ts).
    if (!message.more?.length && message.bytes > BACKUP_LIMITS.bytes && !/\.zip$/i.test(message.name ?? '')) {
      void takeFile(message.file).catch(() => undefined);
      return answer({ type: 'done', outcome: { kind: 'refused', problem: { kind: 'too-big', bytes: message.bytes } } });
    }
    void start(staged, { reminders: message.reminders, keepTexts: message.keepTexts ?? false }, cancel.signal);
  });
}

/** Takes every import the dashboard sends; `onChange` follows each one that changed data. */
export function listenForImports(db: Database, onChange: () => Promise<void>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === IMPORT_PORT) receiveImport(db, port, { onChange });
  });
}
