/**
 * Hands a file to the background to import (utils/import-transfer.ts): put down where the background picks it up
 * (utils/import-staging.ts), so that even a 100 MB backup is neither copied through messages nor holds this page
 * up, then announced over a Port, which brings back how far the import is and how it ended.
 */
import { browser } from 'wxt/browser';
import { stageFiles } from '@/utils/import-staging';
import {
  IMPORT_PORT,
  type FromBackground,
  type ImportProgress,
  type ReminderChoice,
  type ToBackground,
} from '@/utils/import-transfer';

/**
 * How an import ended: done (imported, refused with its problem, or cancelled), failed, or interrupted: the
 * background stopped (its service worker ended, the extension was reloaded) before it answered.
 */
export type ImportReply = Extract<FromBackground, { type: 'done' | 'failed' }> | { type: 'interrupted' };

/** An import under way: how it ends, and a way to cancel it, which loses nothing. */
export interface ImportRun {
  reply: Promise<ImportReply>;
  cancel: () => void;
}

/** What else the user chose for an import: keep the texts of LinkedIn's messages (off by default). */
export interface ImportWishes {
  keepTexts?: boolean;
}

/**
 * Imports `files` (one, or the parts of LinkedIn's export) in the background, telling how far it is, and says how
 * that ended.
 */
export function sendImport(
  files: Blob | readonly File[],
  reminders: ReminderChoice,
  onProgress: (progress: ImportProgress) => void,
  { keepTexts = false }: ImportWishes = {},
): ImportRun {
  const chosen = files instanceof Blob ? [files] : [...files];
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  const post = (message: ToBackground) => port.postMessage(message);
  let finish: (reply: ImportReply) => void = () => {};
  const reply = new Promise<ImportReply>((resolve) => {
    finish = resolve;
    // The first answer counts: after `done`, the port's closing is no interruption.
    port.onDisconnect.addListener(() => resolve({ type: 'interrupted' }));
    port.onMessage.addListener((message: FromBackground) => {
      if (message.type === 'progress') return onProgress(message.progress);
      resolve(message);
      port.disconnect();
    });
  });
  const nameOf = (file: Blob) => (file instanceof File ? file.name : '');
  const staged = stageFiles(chosen).then(
    ([id, ...more]) =>
      post({
        type: 'start',
        file: id!,
        bytes: chosen[0]!.size,
        name: nameOf(chosen[0]!),
        more: more.map((file, index) => ({ file, name: nameOf(chosen[index + 1]!), bytes: chosen[index + 1]!.size })),
        reminders,
        keepTexts,
      }),
    (error: unknown) => finish({ type: 'failed', code: 'failed', message: String(error) }),
  );
  const cancel = () => {
    // After the start: the background undoes what it wrote and answers `cancelled`; before, it never starts.
    void staged.then(() => {
      try {
        post({ type: 'cancel' });
      } catch {
        finish({ type: 'interrupted' });
      }
    });
  };
  return { reply, cancel };
}
