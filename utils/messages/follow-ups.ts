/** Messages of keeping in touch: who is due, and the popup's Done, Snooze and their undo. */
import * as z from 'zod/mini';
import type { UndoableFollowUp } from '../db/people/follow-ups';
import type { FollowUp } from '../followups';
import { text, time } from '../model/schemas';
import { answers, message } from './define';
import type { PersonView } from '../model/summary';

export const followUpMessages = {
  /** Who is due now (ranked) and in the coming week. */
  'followups.list': message({
    request: z.object({}),
    answer: answers<{ due: FollowUp[]; upcoming: FollowUp[] }>(),
    from: 'extension',
    changes: 'nothing',
  }),
  /** In touch today, with an optional one-line note. */
  'followup.done': message({
    request: z.object({ key: text(200), note: text(500) }),
    answer: answers<UndoableFollowUp>(),
    from: 'extension',
    changes: 'person',
  }),
  /** Not due before this day. */
  'followup.snooze': message({
    request: z.object({ key: text(200), until: time }),
    answer: answers<UndoableFollowUp>(),
    from: 'extension',
    changes: 'person',
  }),
  /** Undo of Done or Snooze, with the `undo` their answer carried. */
  'followup.undo': message({
    request: z.object({
      key: text(200),
      contactedAt: z.nullable(time),
      snoozedUntil: z.nullable(time),
      noteId: z.nullable(text(100)),
    }),
    answer: answers<PersonView>(),
    from: 'extension',
    changes: 'person',
  }),
};
