/**
 * The background's message router: checks who sent a message, parses its payload with the protocol's schema,
 * runs its handler, and tells other tabs when a person's data changed.
 */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { ContactsDatabase } from '@/utils/db/database';
import { MissingEntryError } from '@/utils/db/contacts-store';
import { DateOutOfBoundsError } from '@/utils/date-input';
import {
  EXTENSION_PAGES_ONLY,
  protocol,
  type ContactChanged,
  type ErrorCode,
  type MessageType,
  type Reply,
} from '@/utils/protocol';
import type { Contact } from '@/utils/contacts';
import { isQuotaError } from '@/utils/quota';
import { CHANGES, handlers } from './handlers';

type Sender = Browser.runtime.MessageSender;

/** The origin of LinkedIn pages our content script runs in (wxt.config.ts, entrypoints/content). */
const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

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
  return sender.tab !== undefined && origin === LINKEDIN_ORIGIN ? 'linkedin-tab' : 'foreign';
}

/**
 * Our own extension pages, or our content script in a LinkedIn tab. Anything else (another extension, a web
 * page through externally_connectable, a content script in an unexpected frame) is refused.
 */
export function isTrustedSender(sender: Sender): boolean {
  return senderKind(sender) !== 'foreign';
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(protocol, type);
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Tells every other tab (our content script) and our extension pages (the dashboard) that these people
 * changed; those not listening just don't answer.
 */
async function announceChange(aliases: ContactChanged['aliases'], exceptTabId: number | undefined): Promise<void> {
  const message: ContactChanged = { type: 'contact.changed', aliases };
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    browser.runtime.sendMessage(message),
    ...tabs
      .filter((tab) => tab.id !== undefined && tab.id !== exceptTabId)
      .map(async (tab) => browser.tabs.sendMessage(tab.id!, message)),
  ]);
}

export interface RouteOptions {
  now?: () => number;
  /** Called after any message that changed someone's data. */
  onChange?: () => Promise<void>;
}

/** Handles one message; never throws, so that the sender always gets an answer it can show. */
export async function route(
  db: ContactsDatabase,
  message: unknown,
  sender: Sender,
  { now = Date.now, onChange }: RouteOptions = {},
): Promise<Reply<unknown>> {
  if (!isTrustedSender(sender)) return failure('forbidden', 'This sender may not talk to the extension.');
  const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) return failure('invalid', `Unknown message type: ${String(type)}`);
  if (EXTENSION_PAGES_ONLY.has(type) && senderKind(sender) !== 'extension-page') {
    return failure('forbidden', `${type} may only come from the extension's own pages.`);
  }
  const parsed = protocol[type].safeParse(payload);
  if (!parsed.success) return failure('invalid', z.prettifyError(parsed.error));
  try {
    const handler = handlers[type] as (db: ContactsDatabase, payload: unknown, now: number) => Promise<unknown>;
    const data = await handler(db, parsed.data, now());
    const changes = CHANGES[type];
    // Answers that change a person carry them as `contact` (a ContactView, or a deleted contact).
    const person = changes === 'person' ? (data as { contact: Contact | null }).contact : null;
    if (person || changes === 'everyone') {
      announceChange(person?.aliases ?? 'all', sender.tab?.id).catch((error) => console.warn(error));
    }
    if (changes) onChange?.().catch((error) => console.warn(error));
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
export function listenForMessages(db: ContactsDatabase, onChange: () => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(db, message, sender, { onChange }));
}
