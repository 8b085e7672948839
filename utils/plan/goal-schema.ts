/**
 * A goal as a backup file or a sync may bring it, checked field by field before it is stored (as
 * utils/model/schemas.ts checks people). Apart from goals.ts, so that pages showing goals load no zod.
 */
import * as z from 'zod/mini';
import { key, text, time } from '../model/schemas';
import { GOAL_MEASURES, type Goal } from './goals';

/** Typed as `Goal`: a field of `Goal` left out here fails to compile. */
export const GoalSchema: z.ZodMiniType<Goal> = z.object({
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
  createdAt: time,
  updatedAt: time,
  archived: z.boolean(),
});
