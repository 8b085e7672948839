/**
 * Joins of two people that the user may still undo, by an unguessable token. The background keeps what the two
 * were before, so that no page ever sends whole contact records back to restore: the token names the undo and
 * nothing else. Kept in memory: undo is offered for seconds, while the worker that did the join is still awake.
 */
import type { Joined } from '@/utils/model/join';

/** How long after a join its undo is still honoured. */
export const UNDO_WINDOW_MS = 60_000;

const pending = new Map<string, { joined: Joined; until: number }>();

/** Remembers a join and answers the token that undoes it. */
export function rememberJoin(joined: Joined, now: number): string {
  for (const [token, { until }] of pending) if (until < now) pending.delete(token);
  const token = crypto.randomUUID();
  pending.set(token, { joined, until: now + UNDO_WINDOW_MS });
  return token;
}

/** The join a token undoes, once: undefined when unknown, used or too old. */
export function takeJoin(token: string, now: number): Joined | undefined {
  const entry = pending.get(token);
  pending.delete(token);
  return entry && entry.until >= now ? entry.joined : undefined;
}
