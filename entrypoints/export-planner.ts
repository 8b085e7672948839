/**
 * Firefox only: a worker that reads and plans an import of LinkedIn's export (started by
 * entrypoints/background/export-planner.ts). It has no browser i18n, so it says the entries' words from the
 * messages the background hands it, those of the language the extension speaks.
 */
import { planImport } from '@/utils/linkedin-export/import-plan';
import type { ExportText } from '@/utils/linkedin-export/read';
import { exportWordsIn } from '@/utils/linkedin-export/words';
import { translatorOf, type MessageTable } from '@/utils/message-format';

export interface PlanRequest {
  files: ExportText[];
  keepTexts: boolean;
  /** The messages to say the entries in, and the locale of their numbers. */
  messages: MessageTable;
  locale: string;
}

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    self.onmessage = ({ data }: MessageEvent<PlanRequest>) => {
      const words = exportWordsIn(translatorOf(data.messages, data.locale));
      self.postMessage(planImport(data.files, { keepTexts: data.keepTexts, words }));
    };
  },
});
