/**
 * Every message between the extension's parts, grouped by concern: one entry per message (define.ts), with what it
 * carries, answers, who may send it and what it changes. Senders import only the types (`import type`), so zod
 * stays out of the content script.
 */
import { entryMessages } from './entries';
import { followUpMessages } from './follow-ups';
import { invitationMessages } from './invitations';
import { peopleMessages } from './people';
import { planMessages } from './plan';
import { settingsMessages } from './settings';
import { syncMessages } from './sync';
import type { AnswerOfMessage, RequestOfMessage } from './define';

export const messages = {
  ...peopleMessages,
  ...entryMessages,
  ...followUpMessages,
  ...planMessages,
  ...settingsMessages,
  ...invitationMessages,
  ...syncMessages,
};

export type Messages = typeof messages;
export type MessageType = keyof Messages;
export type RequestOf<T extends MessageType> = RequestOfMessage<Messages[T]>;
export type AnswerOf<T extends MessageType> = AnswerOfMessage<Messages[T]>;

export type { Comparison, JoinedView } from './answers';

/** Why a message failed, in words the sender can show. */
export type ErrorCode = 'invalid' | 'forbidden' | 'not-found' | 'storage-full' | 'unavailable' | 'failed';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Sent by the background after someone's data changed, so that whoever shows them shows it at once. Extension
 * pages hear whose aliases changed (`all` after changes to many people: an import, a tag renamed); LinkedIn tabs
 * hear only `all`, so that no page learns whom the user is editing elsewhere.
 */
export interface PeopleChanged {
  type: 'people.changed';
  aliases: string[] | 'all';
}
