/**
 * How a message between the extension's parts is declared: one entry that says what it carries (a zod schema:
 * the background parses every payload with it, since a message from a content script may have been crafted by
 * the page), what it answers, who may send it, and what it changes. The router (entrypoints/background/router.ts)
 * reads all four from here; nothing else lists messages.
 */
import type * as z from 'zod/mini';

/**
 * Who may send it: `linkedin-tab` (a LinkedIn tab's content script, about the profile on its screen, and our
 * own pages) or `extension` (our own pages only: lists of people, people by stored key, settings, sync).
 */
export type Senders = 'linkedin-tab' | 'extension';

/**
 * What the router tells the rest after it (after-change.ts): `person` (the person in its answer: their tabs
 * refresh), `everyone` (every tab refreshes), `data` (no one's view, but data that syncs: badge, alarms and sync
 * follow), or
 * `nothing`.
 */
export type Changes = 'nothing' | 'data' | 'person' | 'everyone';

/** The answer's type, carried by the entry for the sender's benefit; never a value at run time. */
declare const answerType: unique symbol;
export interface Answer<T> {
  readonly [answerType]?: T;
}

export interface Message<Request extends z.ZodMiniType = z.ZodMiniType, Reply = unknown> {
  request: Request;
  answer: Answer<Reply>;
  from: Senders;
  changes: Changes;
}

/** The answer a message gives, as a type: `answers<PersonView>()`. */
export function answers<T>(): Answer<T> {
  return {};
}

/** One message, declared. */
export function message<Request extends z.ZodMiniType, Reply>(entry: Message<Request, Reply>): Message<Request, Reply> {
  return entry;
}

export type RequestOfMessage<M> = M extends Message<infer Request, unknown> ? z.infer<Request> : never;
export type AnswerOfMessage<M> = M extends Message<z.ZodMiniType, infer Reply> ? Reply : never;
