/** The browser's i18n answering in English from our own messages.json, as Chromium would (the fake has none). */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';
import { formatMessage, type MessageTable } from '@/utils/message-format';

/** Call in a beforeEach: the spies go with the test's mocks. */
export function speakEnglish(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const entry = (english as MessageTable)[key];
    return entry ? formatMessage(entry, [substitutions ?? []].flat()) : '';
  }) as typeof browser.i18n.getMessage);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
}
