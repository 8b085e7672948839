/**
 * Where an import of LinkedIn's export is read and planned: a second of work for a large export. Chromium's
 * background is a service worker, a thread of its own (which cannot start workers): there, in it. Firefox's is a
 * page on the same thread as the extension's own pages, so the dashboard showing the import's progress was held
 * up for that second: there, in a worker of its own (entrypoints/export-planner.ts).
 */
import { browser } from 'wxt/browser';
import { exportWords } from '@/components/export-words';
import { messagesLanguage, uiLocale } from '@/utils/i18n';
import { planHere, type PlanExport, type PlannedImport } from '@/utils/linkedin-export/import-plan';
import type { PlanRequest } from '../export-planner';
import { MESSAGES } from './language';

export function exportPlanner(): PlanExport {
  const here = planHere(exportWords());
  if (typeof Worker !== 'function') return here;
  return (files, keepTexts) =>
    new Promise<PlannedImport>((resolve) => {
      const worker = new Worker(browser.runtime.getURL('/export-planner.js'));
      worker.onmessage = ({ data }: MessageEvent<PlannedImport>) => {
        worker.terminate();
        resolve(data);
      };
      // A worker that cannot start or fails: planned here instead, slower for the page but just as right.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        resolve(here(files, keepTexts));
      };
      const messages = MESSAGES[messagesLanguage()];
      const request: PlanRequest = { files: [...files], keepTexts, messages, locale: uiLocale() };
      worker.postMessage(request);
    });
}
