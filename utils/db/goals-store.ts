/** Goals: each one document; a deleted one stays as a tombstone, so that the deletion reaches other computers. */
import { nextGoal, type GoalDoc, type GoalInput } from '../model/records';
import type { Goal } from '../plan/goals';
import type { Database } from './database';
import { newSyncMark, withoutMark } from './sync-mark';

/** Every goal not deleted (archived ones too), the newest first. */
export async function listGoals(db: Database): Promise<Goal[]> {
  const stored = await db.goals.toArray();
  return stored
    .filter((goal) => !goal.deleted)
    .map((goal) => withoutMark(goal) as Goal)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}

/** Saves a new goal or a new version of one (an edit, archiving it). */
export function saveGoal(db: Database, goal: GoalInput, now: number): Promise<Goal[]> {
  return db.transaction('rw', db.goals, async () => {
    const previous = await db.goals.get(goal.id);
    await db.goals.put({ ...nextGoal(goal, previous && withoutMark<GoalDoc>(previous), now), ...newSyncMark() });
    return listGoals(db);
  });
}

export function deleteGoal(db: Database, id: string, now: number): Promise<Goal[]> {
  return db.transaction('rw', db.goals, async () => {
    const previous = await db.goals.get(id);
    if (previous && !previous.deleted) {
      const doc = withoutMark<GoalDoc>(previous);
      await db.goals.put({ ...nextGoal(doc, doc, now, true), ...newSyncMark() });
    }
    return listGoals(db);
  });
}
