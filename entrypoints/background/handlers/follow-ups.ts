/** The handlers of keeping in touch (utils/messages/follow-ups.ts). */
import { listFollowUps, markFollowUpDone, snoozeFollowUp, undoFollowUp } from '@/utils/db/people/follow-ups';
import type { followUpMessages } from '@/utils/messages/follow-ups';
import type { HandlersOf } from './define';

export const followUpHandlers: HandlersOf<typeof followUpMessages> = {
  'followups.list': (db, _payload, now) => listFollowUps(db, now),
  'followup.done': (db, { key, note }, now) => markFollowUpDone(db, key, note, now),
  'followup.snooze': (db, { key, until }, now) => snoozeFollowUp(db, key, until, now),
  'followup.undo': (db, undo, now) => undoFollowUp(db, undo, now),
};
