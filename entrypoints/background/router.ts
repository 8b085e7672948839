/**
 * The background's message router: checks who sent a message and whether they may (the registry's `from`), parses
 * its payload with the registry's schema, runs its handler, and hands what it changed (`changes`) to after-change.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Database } from '@/utils/db/database';
import { MissingEntryError } from '@/utils/db/people/read';
import { DateOutOfBoundsError } from '@/utils/date-input';
import { messages, type PeopleChanged, type ErrorCode, type MessageType, type Reply } from '@/utils/messages';
import { contactKeyFromUrl, isLinkedInUrl } from '@/utils/linkedin/urls';
import { isQuotaError } from '@/utils/quota';
import { afterChange } from './after-change';
import { handlers } from './handlers';
import type { Summary } from '@/utils/model/summary';

type Sender = Browser.runtime.MessageSender;

/** Who sent a message: one of our extension pages, our content script in a LinkedIn tab, or anyone else. */
export function senderKind(sender: Sender): 'extension-page' | 'linkedin-tab' | 'foreign' {
  if (sender.id !== browser.runtime.id || !sender.url) return 'foreign';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'foreign';
  }
  if (origin === new URL(browser.runtime.getURL('/')).origin) return 'extension-page';
  // LinkedIn's pages our content script runs in: www and the country hosts (entrypoints/content's matches).
  return sender.tab !== undefined && isLinkedInUrl(sender.url) ? 'linkedin-tab' : 'foreign';
}

/**
 * Our own extension pages, or our content script in a LinkedIn tab. Anything else (another extension, a web
 * page through externally_connectable, a content script in an unexpected frame) is refused.
 */
export function isTrustedSender(sender: Sender): boolean {
  return senderKind(sender) !== 'foreign';
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messages, type);
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Whether a LinkedIn tab's message is about the person whose profile the tab is on: the Profile shape (never a
 * stored key), keyed as the tab's own address is. Messages without a person pass.
 */
function isAboutTabsProfile(payload: object, tabUrl: string | undefined): boolean {
  if (!('person' in payload)) return true;
  const person = payload.person as { key: string; layout?: unknown };
  return person.layout !== undefined && tabUrl !== undefined && person.key === contactKeyFromUrl(tabUrl);
}

/** Whose data a message's answer changed: their aliases, `all` for many, `none` for no one's, or null for nothing. */
function changedBy(type: MessageType, data: unknown, now: number): PeopleChanged['aliases'] | 'none' | null {
  const { changes } = messages[type];
  if (changes === 'everyone') return 'all';
  if (changes === 'data') return 'none';
  if (changes !== 'person') return null;
  // Answers that change a person carry their summary (a PersonView, or a DeletedPerson).
  const person = (data as { summary: Summary | null }).summary;
  // A view writes only when it noticed a change (or the page's own profile id), and then saves as of now.
  if (!person || (type === 'person.view' && person.updatedAt < now)) return null;
  return person.aliases;
}

export interface RouteOptions {
  now?: () => number;
  /** Called after any message that changed someone's data. */
  onChange?: () => Promise<void>;
}

/** Handles one message; never throws, so that the sender always gets an answer it can show. */
export async function route(
  db: Database,
  message: unknown,
  sender: Sender,
  { now = Date.now, onChange }: RouteOptions = {},
): Promise<Reply<unknown>> {
  if (!isTrustedSender(sender)) return failure('forbidden', 'This sender may not talk to the extension.');
  const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) return failure('invalid', `Unknown message type: ${String(type)}`);
  // A LinkedIn tab sends only what a panel needs, and only about the profile on its screen.
  const fromTab = senderKind(sender) === 'linkedin-tab';
  if (fromTab && messages[type].from !== 'linkedin-tab') {
    return failure('forbidden', `${type} may only come from the extension's own pages.`);
  }
  const parsed = messages[type].request.safeParse(payload);
  if (!parsed.success) return failure('invalid', z.prettifyError(parsed.error));
  // The tab's address now: LinkedIn moves from the feed to a profile by pushState, and `sender.url` stays the
  // address the page loaded at (Chromium); the browser keeps `tab.url` current.
  if (fromTab && !isAboutTabsProfile(parsed.data, sender.tab?.url ?? sender.url)) {
    return failure('forbidden', 'A LinkedIn tab may only ask about the profile it shows.');
  }
  try {
    const handler = handlers[type] as (db: Database, payload: unknown, now: number) => Promise<unknown>;
    const at = now();
    const data = await handler(db, parsed.data, at);
    const changed = changedBy(type, data, at);
    if (changed) void afterChange({ people: changed, exceptTab: sender.tab?.id }, onChange);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof MissingEntryError) return failure('not-found', error.message);
    if (error instanceof DateOutOfBoundsError) return failure('invalid', error.message);
    if (isQuotaError(error)) return failure('storage-full', 'The browser has no room left for the extension.');
    // The database did not open (an upgrade failed): the old data is untouched, and the user must hear of it.
    if (db.hasFailed()) {
      console.error('Keep in touch: the database could not be opened', error);
      const reason = (error as { inner?: unknown }).inner ?? error;
      return failure('unavailable', reason instanceof Error ? reason.message : String(reason));
    }
    console.error(`Keep in touch: ${type} failed`, error);
    return failure('failed', error instanceof Error ? error.message : String(error));
  }
}

/** Routes every runtime message to its handler; `onChange` follows every change of someone's data. */
export function listenForMessages(db: Database, onChange: () => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(db, message, sender, { onChange }));
}
