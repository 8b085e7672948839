/**
 * Where an import of LinkedIn's export is read and planned: a second of work for a large export. Chromium's
 * background is a service worker, a thread of its own (which cannot start workers): there, in it. Firefox's is a
 * page on the same thread as the extension's own pages, so the dashboard showing the import's progress was held
 * up for that second: there, in a worker of its own (entrypoints/export-planner.ts).
 */
import { browser, type PublicPath } from 'wxt/browser';
import { exportWords } from '@/components/export-words';
import { uiLocale } from '@/utils/i18n';
import { ourLanguageOf } from '@/utils/templates';
import { planHere, type PlanExport, type PlannedImport } from '@/utils/linkedin-export/import-plan';
import type { PlanRequest } from '../export-planner';
import { MESSAGES } from './language';

export function exportPlanner(): PlanExport {
  if (typeof Worker !== 'function') return planHere(exportWords());
  return (files, keepTexts) =>
    new Promise<PlannedImport>((resolve, reject) => {
      // Built for Firefox only, so the types of a Chromium build do not know its path.
      const worker = new Worker(browser.runtime.getURL('/export-planner.js' as PublicPath));
      worker.onmessage = ({ data }: MessageEvent<PlannedImport>) => {
        worker.terminate();
        resolve(data);
      };
      // The import fails, saying why, with nothing written (imports.ts): planned here instead, a worker that
      // cannot start would go unnoticed.
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message || 'The export could not be read'));
      };
      const messages = MESSAGES[ourLanguageOf(uiLocale())];
      const request: PlanRequest = { files: [...files], keepTexts, messages, locale: uiLocale() };
      worker.postMessage(request);
    });
}
