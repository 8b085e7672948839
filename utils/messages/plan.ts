/** Messages of the plan: goals, and the weekly focus. */
import * as z from 'zod/mini';
import type { FollowUpUndo } from '../db/people/follow-ups';
import type { FocusView } from '../db/focus-store';
import { text } from '../model/schemas';
import { GoalInputSchema } from '../plan/goal-schema';
import type { Goal } from '../plan/goals';
import { answers, message } from './define';

export const planMessages = {
  /** Every goal (archived ones too). */
  'goals.list': message({ request: z.object({}), answer: answers<Goal[]>(), from: 'extension', changes: 'nothing' }),
  /** A new goal, or a new version of one; the store keeps the times. Goals change no one's reminders, but sync. */
  'goals.save': message({
    request: z.object({ goal: GoalInputSchema }),
    answer: answers<Goal[]>(),
    from: 'extension',
    changes: 'data',
  }),
  'goals.delete': message({
    request: z.object({ id: text(100) }),
    answer: answers<Goal[]>(),
    from: 'extension',
    changes: 'data',
  }),
  /** This week's focus, chosen at the week's first look; weeks start as `locale` says. */
  'focus.week': message({
    request: z.object({ locale: text(100) }),
    answer: answers<FocusView>(),
    from: 'extension',
    changes: 'nothing',
  }),
  /**
   * Done (in touch today), skipped, snoozed (to next week), or open again (an undo). Done and snoozed change the
   * person; the answer is the focus, not them.
   */
  'focus.mark': message({
    request: z.object({ locale: text(100), key: text(200), state: z.enum(['open', 'done', 'skipped', 'snoozed']) }),
    answer: answers<FocusView & { undo: FollowUpUndo | null }>(),
    from: 'extension',
    changes: 'everyone',
  }),
};
