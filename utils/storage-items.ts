/**
 * Everything the extension keeps in the browser's own storage (not the database): each key once, with its type,
 * the value when nothing is stored, and a version. A stored value's form that changes gets a new version and a
 * migration here (WXT runs it on first use); a value stored before versions were declared counts as version 1.
 * The keys are the ones the extension has always used, so that what existing users stored is still read.
 *
 * Each item is made on first use: WXT reads an item's value as soon as it is made, and a content script imports
 * this file too, where the session's storage may not be read at all and every read delays the panel.
 */
import { storage } from 'wxt/utils/storage';
import type { ChosenLanguage } from './i18n';
import type { Profile } from './model/profile';

function madeOnFirstUse<T>(make: () => T): () => T {
  let item: T | undefined;
  return () => (item ??= make());
}

/** The language the user chose and its messages (utils/i18n.ts); none while the browser's language is used. */
export const chosenLanguageItem = madeOnFirstUse(() =>
  storage.defineItem<ChosenLanguage | null>('local:chosenLanguage', { fallback: null, version: 1 }),
);

/** Whether the panel on LinkedIn is collapsed: one choice for every tab. */
export const panelCollapsedItem = madeOnFirstUse(() =>
  storage.defineItem<boolean>('local:panelCollapsed', { fallback: false, version: 1 }),
);

/**
 * What the daily notification already said: the day it last went out (at most one a day) and the follow-ups
 * it named, person → due time, so that no follow-up is named twice.
 */
export interface LastDigest {
  day: number;
  named: Record<string, number>;
}
export const lastDigestItem = madeOnFirstUse(() =>
  storage.defineItem<LastDigest | null>('local:lastDigest', { fallback: null, version: 1 }),
);

/**
 * Comparisons a LinkedIn tab asked for, each under its token (entrypoints/background/pending-comparisons.ts), in
 * the session's storage, which content scripts cannot read. One key per token rather than one item, so that two
 * tabs asking at once never overwrite each other; gone when the browser closes.
 */
export interface PendingComparison {
  profile: Profile;
  until: number;
}
const COMPARISON_PREFIX = 'comparison:';
const comparisonKey = (token: string) => `session:${COMPARISON_PREFIX}${token}` as const;

export const pendingComparisons = {
  get: (token: string) => storage.getItem<PendingComparison>(comparisonKey(token)),
  set: (token: string, comparison: PendingComparison) => storage.setItem(comparisonKey(token), comparison),
  remove: (tokens: readonly string[]) => storage.removeItems(tokens.map(comparisonKey)),
  /** Every comparison stored, by token. */
  async all(): Promise<[token: string, comparison: PendingComparison][]> {
    const stored = await storage.snapshot('session');
    return Object.entries(stored)
      .filter(([key]) => key.startsWith(COMPARISON_PREFIX))
      .map(([key, value]) => [key.slice(COMPARISON_PREFIX.length), value as PendingComparison]);
  },
};
