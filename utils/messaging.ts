/** Sending a message (utils/messages) to the background, with the typed answer or a MessageError. */
import { browser } from 'wxt/browser';
import type { AnswerOf, ErrorCode, MessageType, Reply, RequestOf } from './messages';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends one message. A stopped service worker is woken by it; an unreachable one throws `unreachable`. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<AnswerOf<T>> {
  let reply: Reply<AnswerOf<T>> | undefined;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    throw new MessageError('unreachable', String(error));
  }
  if (!reply) throw new MessageError('unreachable', 'No answer from the background.');
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.data;
}
