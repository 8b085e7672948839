/** Every string a person reads, through the browser's i18n (public/_locales/{en,fi}/messages.json). */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The message in the browser's language, with `$1`, `$2`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  // WXT types getMessage for its predefined @@ keys only; ours are checked by MessageKey above.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The language for `Intl` formatting: the browser's UI language. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
