/**
 * Hands a file to the background to import (utils/import-transfer.ts): over a Port, a chunk at a time, so that a
 * 100 MB backup fits the browser's message limits and this page never stops for long (the browser reads and
 * encodes each chunk; the page only hands it on).
 */
import { browser } from 'wxt/browser';
import {
  CHUNK_BYTES,
  IMPORT_PORT,
  type FromBackground,
  type ImportProgress,
  type ReminderChoice,
  type ToBackground,
} from '@/utils/import-transfer';

/**
 * How an import ended: done (imported, or refused with its problem), failed, or interrupted: the background
 * stopped (its service worker ended, the extension was reloaded) before it answered.
 */
export type ImportReply = Extract<FromBackground, { type: 'done' | 'failed' }> | { type: 'interrupted' };

/** How far an import is: the file on its way to the background, then the background's own steps. */
export type TransferProgress = { stage: 'sending'; done: number; total: number } | ImportProgress;

/**
 * A slice of the file as base64, encoded by the browser itself (a data: URL): encoding a megabyte in script on
 * this page took 150–300 ms here, long enough to freeze it.
 */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

async function sendChunks(
  file: Blob,
  post: (message: ToBackground) => void,
  onProgress: (progress: TransferProgress) => void,
  cancelled: () => boolean,
): Promise<void> {
  for (let at = 0; at < file.size && !cancelled(); at += CHUNK_BYTES) {
    onProgress({ stage: 'sending', done: at, total: file.size });
    post({ type: 'chunk', base64: await base64Of(file.slice(at, at + CHUNK_BYTES)) });
  }
  if (!cancelled()) post({ type: 'end' });
}

/** An import under way: how it ends, and a way to cancel it, which loses nothing. */
export interface ImportRun {
  reply: Promise<ImportReply>;
  cancel: () => void;
}

/** Imports `file` in the background, telling how far it is, and says how that ended. */
export function sendImport(
  file: Blob,
  reminders: ReminderChoice,
  onProgress: (progress: TransferProgress) => void,
): ImportRun {
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  const post = (message: ToBackground) => port.postMessage(message);
  let cancelled = false;
  let finish: (reply: ImportReply) => void = () => {};
  const reply = new Promise<ImportReply>((resolve) => {
    finish = resolve;
    // The first answer counts: after `done`, the port's closing is no interruption.
    port.onDisconnect.addListener(() => resolve({ type: 'interrupted' }));
    port.onMessage.addListener((message: FromBackground) => {
      if (message.type === 'ready') {
        // Posting on a port the background closed throws: the import was interrupted.
        sendChunks(file, post, onProgress, () => cancelled).catch(() => resolve({ type: 'interrupted' }));
      } else if (message.type === 'progress') {
        onProgress(message.progress);
      } else {
        resolve(message);
        port.disconnect();
      }
    });
    post({ type: 'start', bytes: file.size, reminders });
  });
  const cancel = () => {
    cancelled = true;
    try {
      // The background undoes what it wrote and answers `cancelled`; before the whole file came, it drops it.
      post({ type: 'cancel' });
    } catch {
      finish({ type: 'interrupted' });
    }
  };
  return { reply, cancel };
}
