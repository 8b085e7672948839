/**
 * Every string a person reads, through the browser's i18n (public/_locales/{en,fi}/messages.json), or in the
 * language the user chose in the dashboard's settings when that differs from the browser's.
 *
 * The browser's i18n cannot switch language, so a chosen language's messages are kept in storage.local by the
 * background (entrypoints/background/language.ts); every part of the extension loads them once as it starts
 * (loadChosenLanguage), before it shows anything.
 */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';
import { countedForm, formatMessage, type MessageTable } from './message-format';
import { chosenLanguageItem } from './storage-items';

export type MessageKey = keyof typeof english;

/** What the user chose: the browser's language, or one of ours. */
export type LanguageChoice = 'browser' | 'en' | 'fi';

export interface ChosenLanguage {
  language: 'en' | 'fi';
  messages: MessageTable;
}

let chosen: ChosenLanguage | null = null;

/** The message in the user's language, with `$1`, `$2`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const entry = chosen?.messages[key];
  if (entry) return formatMessage(entry, substitutions);
  // WXT types getMessage for its predefined @@ keys only; ours are checked by MessageKey above.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions) || key;
}

/**
 * A counted message's key without its plural suffix. A counted message comes in one form per plural category
 * the language has (Intl.PluralRules: `_one`, `_other` in English and Finnish), and `$1` in it is the count.
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Counted}_other` ? Counted : never }[MessageKey];

/**
 * A counted message in the form the language uses for `count` ("1 row", "2 rows"; "1 rivi", "2 riviä"), with
 * `$1` the count as the language writes numbers and `$2`… from `substitutions`.
 */
export function tPlural(key: PluralKey, count: number, ...substitutions: string[]): string {
  const form = countedForm(key, count, uiLocale());
  return t(form.key, form.count, ...substitutions);
}

/** The language for `Intl` formatting: the chosen one, or the browser's UI language. */
export function uiLocale(): string {
  return chosen?.language ?? browserLocale();
}

/**
 * The browser's own UI language. Its date fields take their order from it (utils/date-order.ts), not from
 * `navigator.language`, which is the first of the languages the person prefers for web pages and may differ.
 */
export function browserLocale(): string {
  return browser.i18n.getUILanguage();
}

/** Loads the language the user chose, if any. Call before showing anything. */
export async function loadChosenLanguage(): Promise<void> {
  const stored = await chosenLanguageItem.getValue();
  chosen = stored?.messages && (stored.language === 'en' || stored.language === 'fi') ? stored : null;
}
