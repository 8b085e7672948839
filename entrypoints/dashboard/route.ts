/** Where the dashboard is, in its URL's hash: bookmarkable, and Back works. Pure. */

export type Route =
  | { page: 'contacts' }
  | { page: 'contact'; key: string }
  /** A LinkedIn page's person beside whoever holds an id it claimed (`person.compare`'s token). */
  | { page: 'compare'; token: string }
  | { page: 'tags' }
  | { page: 'plan' }
  /** A month's review: `month` is its id (`2026-11`, utils/plan/week.ts), or null for the current month. */
  | { page: 'review'; month: string | null }
  | { page: 'templates' }
  | { page: 'settings' }
  | { page: 'backup' }
  | { page: 'sync' };

/** The pages in the dashboard's navigation, in its order. */
export const SECTIONS = ['contacts', 'tags', 'plan', 'templates', 'settings', 'backup', 'sync'] as const;

const MONTH_ID = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * `#contact/aino-virtanen` → a contact's page; `#review/2026-11` → that month's review (`#review`: this month's);
 * `#compare/<token>` → a comparison a LinkedIn tab asked for; `#tags` → tags; anything else → the list.
 */
export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#/, '').split('/');
  if (page === 'contact' && rest.length > 0) {
    try {
      return { page: 'contact', key: decodeURIComponent(rest.join('/')) };
    } catch {
      return { page: 'contacts' };
    }
  }
  if (page === 'compare' && rest.length === 1 && /^[\w-]{1,100}$/.test(rest[0]!)) return { page, token: rest[0]! };
  if (page === 'review') return { page: 'review', month: MONTH_ID.test(rest[0] ?? '') ? rest[0]! : null };
  return (SECTIONS as readonly string[]).includes(page ?? '') ? ({ page } as Route) : { page: 'contacts' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'contact') return `#contact/${encodeURIComponent(route.key)}`;
  if (route.page === 'compare') return `#compare/${route.token}`;
  if (route.page === 'review') return route.month === null ? '#review' : `#review/${route.month}`;
  return `#${route.page}`;
}
