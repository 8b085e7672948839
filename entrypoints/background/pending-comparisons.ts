/**
 * Comparisons a LinkedIn tab asked for ("this page shows an id of someone you saved"), kept for the dashboard
 * under an unguessable token: the page's profile as the router checked it against the tab's address, so that the
 * dashboard, where the page cannot answer for the user, asks whether they are one person. In the browser's session
 * storage (never readable by content scripts), so that a service worker stopped while the user reads survives it;
 * gone when the browser closes, or after an hour (kept after a join, so that an undone join can be made again).
 */
import { pendingComparisons } from '@/utils/storage-items';
import type { Profile } from '@/utils/model/profile';

const COMPARISON_TTL_MS = 60 * 60_000;

/** Remembers the page's profile and answers the token that names it. */
export async function rememberComparison(profile: Profile, now: number): Promise<string> {
  const expired = (await pendingComparisons.all()).filter(([, comparison]) => comparison.until < now);
  if (expired.length > 0) await pendingComparisons.remove(expired.map(([token]) => token));
  const token = crypto.randomUUID();
  await pendingComparisons.set(token, { profile, until: now + COMPARISON_TTL_MS });
  return token;
}

/** The page's profile a token names, while it is not too old. */
export async function comparedProfile(token: string, now: number): Promise<Profile | undefined> {
  const comparison = await pendingComparisons.get(token);
  return comparison && comparison.until >= now ? comparison.profile : undefined;
}
