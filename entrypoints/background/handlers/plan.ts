/** The handlers of the plan: goals and the weekly focus (utils/messages/plan.ts). */
import { markFocusItem, weeklyFocus } from '@/utils/db/focus-store';
import { deleteGoal, listGoals, saveGoal } from '@/utils/db/goals-store';
import type { planMessages } from '@/utils/messages/plan';
import { firstDayOfWeek } from '@/utils/plan/week';
import type { HandlersOf } from './define';

export const planHandlers: HandlersOf<typeof planMessages> = {
  'goals.list': (db) => listGoals(db),
  'goals.save': (db, { goal }, now) => saveGoal(db, goal, now),
  'goals.delete': (db, { id }, now) => deleteGoal(db, id, now),
  'focus.week': (db, { locale }, now) => weeklyFocus(db, now, firstDayOfWeek(locale)),
  'focus.mark': (db, { locale, key, state }, now) => markFocusItem(db, key, state, now, firstDayOfWeek(locale)),
};
