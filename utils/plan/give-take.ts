/**
 * Give and take (vastavuoroisuus, docs/ARCHITECTURE.md): how help went both ways with each person and across the network,
 * and whom the user owes, so that the plan can nudge them to give first. Counts the timeline's "gave help" and
 * "received help" entries (utils/model/entry.ts helpBalance).
 */
import { compareKeys } from './activity';
import { helpBalance, type Entry } from '../model/entry';
import type { Summary } from '../model/summary';

export interface GiveTake {
  /** Times the user helped. */
  gave: number;
  /** Times the user was helped. */
  received: number;
  /** gave − received: below zero, the user owes help. */
  balance: number;
}

/** Someone who helped the user more than the user helped them. */
export interface OwedHelp {
  key: string;
  /** How many times more they helped the user than the user helped them. */
  times: number;
}

/** Give and take with one person, from their timeline. */
export function giveTakeOf(timeline: readonly Entry[]): GiveTake {
  const { gave, received } = helpBalance(timeline);
  return { gave, received, balance: gave - received };
}

/**
 * Give and take across the people given (timelines of anyone else are left out), and whom the user owes help:
 * the most owed first, then by key.
 */
export function networkGiveTake(
  contacts: readonly Pick<Summary, 'key'>[],
  timelines: ReadonlyMap<string, readonly Entry[]>,
): GiveTake & { owedHelp: OwedHelp[] } {
  let gave = 0;
  let received = 0;
  const owedHelp: OwedHelp[] = [];
  for (const { key } of contacts) {
    const own = giveTakeOf(timelines.get(key) ?? []);
    gave += own.gave;
    received += own.received;
    if (own.balance < 0) owedHelp.push({ key, times: -own.balance });
  }
  owedHelp.sort((a, b) => b.times - a.times || compareKeys(a.key, b.key));
  return { gave, received, balance: gave - received, owedHelp };
}
