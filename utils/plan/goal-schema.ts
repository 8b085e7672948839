/**
 * A goal as a backup file or a sync may bring it, checked field by field before it is stored (as
 * utils/model/schemas.ts checks people). Apart from goals.ts, so that pages showing goals load no zod.
 */
import * as z from 'zod/mini';
import { key, text, time } from '../model/schemas';
import type { GoalDoc, GoalInput } from '../model/records';
import { GOAL_MEASURES, type Goal } from './goals';

/** What the user sets of a goal. */
const GoalInputFields = {
  id: text(100).check(z.minLength(1)),
  title: text(200).check(z.minLength(1)),
  why: text(2000),
  give: text(2000),
  who: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tag'), tag: text(60).check(z.minLength(1)) }),
    z.object({ kind: z.literal('people'), keys: z.array(key).check(z.maxLength(1000)) }),
  ]),
  measure: z.enum(GOAL_MEASURES),
  target: z.number().check(z.int(), z.gte(1), z.lte(1000)),
  per: z.nullable(z.enum(['week', 'month'])),
  deadline: z.nullable(time),
  archived: z.boolean(),
};

/** A goal as a page sends it to be saved: without the times, which the store sets. Typed: a field left out fails to compile. */
export const GoalInputSchema: z.ZodMiniType<GoalInput> = z.object(GoalInputFields);

export const GoalSchema: z.ZodMiniType<Goal> = z.object({ ...GoalInputFields, createdAt: time, updatedAt: time });

/** A goal as stored, synced and backed up: a deleted one travels as a tombstone (utils/model/records.ts). */
export const GoalDocSchema: z.ZodMiniType<GoalDoc> = z.object({
  ...GoalInputFields,
  createdAt: time,
  updatedAt: time,
  deleted: z.optional(z.literal(true)),
});
