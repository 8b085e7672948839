/** A group's handlers: one per message of the group, the parsed payload in, the answer out. */
import type { Database } from '@/utils/db/database';
import type { AnswerOfMessage, RequestOfMessage } from '@/utils/messages/define';

export type HandlersOf<Group> = {
  [T in keyof Group]: (
    db: Database,
    payload: RequestOfMessage<Group[T]>,
    now: number,
  ) => Promise<AnswerOfMessage<Group[T]>>;
};
