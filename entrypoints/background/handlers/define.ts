/** A group's handlers: one per message of the group, the parsed payload in, the answer out. */
import type { ContactsDatabase } from '@/utils/db/database';
import type { AnswerOfMessage, RequestOfMessage } from '@/utils/messages/define';

export type HandlersOf<Group> = {
  [T in keyof Group]: (
    db: ContactsDatabase,
    payload: RequestOfMessage<Group[T]>,
    now: number,
  ) => Promise<AnswerOfMessage<Group[T]>>;
};
