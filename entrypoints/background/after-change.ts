/**
 * What follows any change of the user's data, wherever it came from (a message, an import, another computer):
 * the pages and tabs that show it hear of it, then `follow` runs (badge, alarms, the language, and for a change
 * made here, sync: background/index.ts). The router, imports and sync all end here.
 */
import { browser } from 'wxt/browser';
import type { PeopleChanged } from '@/utils/messages';

export interface Change {
  /** Whose data changed (their aliases), `all` for many, or `none` for data of no one (settings, goals). */
  people: string[] | 'all' | 'none';
  /** The tab that made the change, which shows it already. */
  exceptTab?: number;
}

/** Never rejects: what follows a change must not fail the change itself (a tab that closed meanwhile, say). */
export async function afterChange(change: Change, follow?: () => Promise<void>): Promise<void> {
  const announced = change.people === 'none' ? null : announceChange(change.people, change.exceptTab).catch(warn);
  await Promise.all([announced, follow?.().catch(warn)]);
}

function warn(error: unknown): void {
  console.warn(error);
}

/**
 * Tells our extension pages (the dashboard) that these people changed, and every other LinkedIn tab that
 * someone did, without saying whom (a page must not learn whom the user edits elsewhere); those not listening
 * just don't answer.
 */
async function announceChange(aliases: PeopleChanged['aliases'], exceptTabId: number | undefined): Promise<void> {
  const toTabs: PeopleChanged = { type: 'people.changed', aliases: 'all' };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage({ type: 'people.changed', aliases } satisfies PeopleChanged),
    ...tabs
      .filter((tab) => tab.id !== undefined && tab.id !== exceptTabId)
      .map(async (tab) => browser.tabs.sendMessage(tab.id!, toTabs)),
  ]);
}
