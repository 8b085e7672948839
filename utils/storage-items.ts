/**
 * Everything the extension keeps in the browser's own storage (not the database): each key once, with its type
 * and the value when nothing is stored. The keys are the ones the extension has always used, so that what
 * existing users stored is still read; a value whose form changes gets a new key.
 *
 * Our own few lines rather than WXT's storage items: those cost the content script, which reads two of these
 * before the panel shows, 3 kB gzip of the 25 kB it may weigh (README, "Speed and size"), for versioned
 * migrations no item here has needed.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ChosenLanguage } from './i18n';
import type { Profile } from './model/profile';
import type { PanelPlace } from './settings';

/** One typed value in storage.local. */
export interface StorageItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Tells of each change, made here or in any other page or tab; answers how to stop. */
  watch(listener: (value: T) => void): () => void;
}

function localItem<T>(key: string, fallback: T): StorageItem<T> {
  const valueOf = (stored: unknown) => (stored === undefined ? fallback : (stored as T));
  return {
    getValue: async () => valueOf((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    removeValue: () => browser.storage.local.remove(key),
    watch(listener) {
      const onChanged = (changes: Record<string, Browser.storage.StorageChange>) => {
        if (key in changes) listener(valueOf(changes[key]!.newValue));
      };
      browser.storage.local.onChanged.addListener(onChanged);
      return () => browser.storage.local.onChanged.removeListener(onChanged);
    },
  };
}

/** The language the user chose and its messages (utils/i18n.ts); none while the browser's language is used. */
export const chosenLanguageItem = localItem<ChosenLanguage | null>('chosenLanguage', null);

/**
 * Where the panel lives (the setting `panelPlace`), kept here by the background (background/panel-place.ts) so
 * that a LinkedIn tab knows it as it starts, before it adds anything to the page, and hears when it changes.
 */
export const panelPlaceItem = localItem<PanelPlace>('panelPlace', 'in-page');

/** Whether the panel on LinkedIn is collapsed: one choice for every tab. */
export const panelCollapsedItem = localItem<boolean>('panelCollapsed', false);

/** The invitation template the user last inserted or copied: the composer starts with it (utils/templates.ts). */
export const lastInviteTemplateItem = localItem<string | null>('lastInviteTemplate', null);

/**
 * What the daily notification already said: the day it last went out (at most one a day) and the follow-ups
 * it named, person → due time, so that no follow-up is named twice.
 */
export interface LastDigest {
  day: number;
  named: Record<string, number>;
}
export const lastDigestItem = localItem<LastDigest | null>('lastDigest', null);

/**
 * Comparisons a LinkedIn tab asked for, each under its token (entrypoints/background/pending-comparisons.ts), in
 * the session's storage, which content scripts cannot read. One key per token, so that two tabs asking at once
 * never overwrite each other; gone when the browser closes.
 */
export interface PendingComparison {
  profile: Profile;
  until: number;
}
const COMPARISON_PREFIX = 'comparison:';
const comparisonKey = (token: string) => `${COMPARISON_PREFIX}${token}`;

export const pendingComparisons = {
  get: async (token: string) =>
    (await browser.storage.session.get(comparisonKey(token)))[comparisonKey(token)] as PendingComparison | undefined,
  set: (token: string, comparison: PendingComparison) =>
    browser.storage.session.set({ [comparisonKey(token)]: comparison }),
  remove: (tokens: readonly string[]) => browser.storage.session.remove(tokens.map(comparisonKey)),
  /** Every comparison stored, by token. */
  async all(): Promise<[token: string, comparison: PendingComparison][]> {
    const stored = await browser.storage.session.get(null);
    return Object.entries(stored)
      .filter(([key]) => key.startsWith(COMPARISON_PREFIX))
      .map(([key, value]) => [key.slice(COMPARISON_PREFIX.length), value as PendingComparison]);
  },
};
