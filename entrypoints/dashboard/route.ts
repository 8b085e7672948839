/** Where the dashboard is, in its URL's hash: bookmarkable, and Back works. Pure. */

export type Route =
  | { page: 'contacts' }
  | { page: 'contact'; key: string }
  | { page: 'tags' }
  | { page: 'templates' }
  | { page: 'settings' }
  | { page: 'backup' }
  | { page: 'sync' };

export const SECTIONS = ['contacts', 'tags', 'templates', 'settings', 'backup', 'sync'] as const;

/** `#contact/aino-virtanen` → a contact's page; `#tags` → tags; anything else → the list. */
export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#/, '').split('/');
  if (page === 'contact' && rest.length > 0) {
    try {
      return { page: 'contact', key: decodeURIComponent(rest.join('/')) };
    } catch {
      return { page: 'contacts' };
    }
  }
  return (SECTIONS as readonly string[]).includes(page ?? '') ? ({ page } as Route) : { page: 'contacts' };
}

export function hrefOf(route: Route): string {
  return route.page === 'contact' ? `#contact/${encodeURIComponent(route.key)}` : `#${route.page}`;
}
