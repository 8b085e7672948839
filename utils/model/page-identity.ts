/**
 * Which stored person a LinkedIn page is about, and what the other ids it shows may do. Pure.
 *
 * The page's key comes from the tab's own address (the router checks it against the tab's URL), so it names the
 * person. Every other id a page reports (slug, profile id, member id) is only a *claim*: the reader may have taken
 * it from a "People also viewed" card, or the page may have forged it. So a claim selects, links and joins no one:
 * - it is never stored on the page's person, since a later address would then select them by it;
 * - when another stored person holds it, it only raises "Same person as …?", which the user answers in an
 *   extension page, where a LinkedIn page cannot answer for them (then the two are joined, ids and all).
 */

/** A stored person as far as identity goes: their key, every id they hold, and when they were first saved. */
export interface AliasHolder {
  key: string;
  aliases: readonly string[];
  createdAt: number;
}

export interface PageIdentity {
  /** The stored person holding the page's key (as their key or an earlier alias); undefined while none does. */
  person: string | undefined;
  /** Other stored people holding an id the page claims, oldest first: only ever a question to the user. */
  claimedBy: string[];
}

function byCreation(a: AliasHolder, b: AliasHolder): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/**
 * The page's person among `holders` (the stored people holding any of `pageIds`): the one keyed by `key`, else the
 * earliest saved who holds it as an alias (two people saved apart and then joined, say).
 */
export function identifyPage(key: string, pageIds: readonly string[], holders: readonly AliasHolder[]): PageIdentity {
  const holdingKey = holders.filter((holder) => holder.key === key || holder.aliases.includes(key));
  const person = holdingKey.find((holder) => holder.key === key) ?? [...holdingKey].sort(byCreation)[0];
  const claims = new Set(pageIds.filter((id) => id !== key));
  const claimedBy = holders
    .filter((holder) => holder !== person && [holder.key, ...holder.aliases].some((id) => claims.has(id)))
    .sort(byCreation)
    .map((holder) => holder.key);
  return { person: person?.key, claimedBy };
}
