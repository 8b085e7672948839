/**
 * How a message of our messages.json becomes words, as the browser's i18n does it: for the extension's i18n
 * (utils/i18n.ts), and for a worker, where there is no browser's i18n, from a table of its own. Pure.
 */
import type { MessageKey, PluralKey } from './i18n';

/** One language's messages.json, as the browser's i18n reads it. */
export type MessageTable = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * A message of a messages.json with its substitutions, as chrome.i18n.getMessage does it: `$NAME$` is the named
 * placeholder's content, in which `$1`… are the substitutions; `$$` is a dollar sign.
 */
export function formatMessage(entry: MessageTable[string], substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content ?? whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/**
 * A counted message's form for `count` in `locale` (Intl.PluralRules: `_one`, `_other`…), and the count as the
 * language writes numbers, which is the message's `$1`.
 */
export function countedForm(key: PluralKey, count: number, locale: string): { key: MessageKey; count: string } {
  const form = new Intl.PluralRules(locale).select(count);
  return { key: `${key}_${form}` as MessageKey, count: new Intl.NumberFormat(locale).format(count) };
}

/** What words are made with: t and tPlural of utils/i18n.ts, or translatorOf a table. */
export interface Translator {
  t(key: MessageKey, ...substitutions: string[]): string;
  tPlural(key: PluralKey, count: number, ...substitutions: string[]): string;
}

/** Words from one language's table, in `locale`'s numbers and plural forms. */
export function translatorOf(messages: MessageTable, locale: string): Translator {
  const t = (key: MessageKey, ...substitutions: string[]) => {
    const entry = messages[key];
    return entry ? formatMessage(entry, substitutions) : key;
  };
  return {
    t,
    tPlural: (key, count, ...substitutions) => {
      const form = countedForm(key, count, locale);
      return t(form.key, form.count, ...substitutions);
    },
  };
}
