/**
 * Which stored person a LinkedIn page is about, and what the other ids it shows may do. Pure.
 *
 * The page's key comes from the tab's own address (the router checks it against the tab's URL), so it names the
 * person. Every other id a page reports (slug, profile id, member id) is only a claim: the reader may have taken it
 * from a "People also viewed" card, or the page may have forged it. So a claimed id
 * - that no other stored person holds is linked to the page's person (how a changed slug is followed later);
 * - that another stored person holds selects, links and joins no one: it only raises "Same person as …?", which
 *   the user answers in an extension page, where a LinkedIn page cannot answer for them.
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
  /** The page's ids that may be linked to that person: the key, and claims no one else holds. */
  linkable: string[];
  /** Other stored people holding an id the page claims, oldest first: only ever a question to the user. */
  claimedBy: string[];
}

function byCreation(a: AliasHolder, b: AliasHolder): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/**
 * The page's person among `holders` (the stored people holding any of `pageAliases`): the one keyed by `key`, else
 * the earliest saved who holds it as an alias (two computers may each have linked it before they synced).
 */
export function identifyPage(
  key: string,
  pageAliases: readonly string[],
  holders: readonly AliasHolder[],
): PageIdentity {
  const holdingKey = holders.filter((holder) => holder.aliases.includes(key) || holder.key === key);
  const person = holdingKey.find((holder) => holder.key === key) ?? [...holdingKey].sort(byCreation)[0];
  const others = holders.filter((holder) => holder !== person).sort(byCreation);
  const claimedBy = new Set<string>();
  const linkable = [key];
  for (const alias of pageAliases) {
    if (alias === key) continue;
    const heldElsewhere = others.filter((other) => other.key === alias || other.aliases.includes(alias));
    if (heldElsewhere.length === 0) linkable.push(alias);
    for (const other of heldElsewhere) claimedBy.add(other.key);
  }
  const order = new Map(others.map((other, index) => [other.key, index]));
  return {
    person: person?.key,
    linkable: [...new Set(linkable)],
    claimedBy: [...claimedBy].sort((a, b) => order.get(a)! - order.get(b)!),
  };
}
