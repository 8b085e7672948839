/**
 * The user's server address: what the dashboard accepts, and the host permission it asks for. Match patterns
 * name no port, so a permission for the host covers CouchDB on 5984 as well as a hosted service on 443.
 */

/** The address as given, if it is one sync can use: http or https, with a database in its path. */
export function parseServerUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null; // the login has fields of its own
    if (url.pathname.replace(/\/+$/, '') === '') return null;
    return url;
  } catch {
    return null;
  }
}

/** The host permission to ask for: the server's scheme and host, any port and path. */
export function serverOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
