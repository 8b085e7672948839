/**
 * What can go wrong with a sync, in codes a page can put into words, and the detail for the log. Only the
 * server's side is classified here: errors of the device's own databases and of the store pass unchanged.
 */

export type SyncErrorCode =
  /** The server refused the username and password (401, 403). */
  | 'wrong-password'
  /** No answer at all: offline, a wrong address, a server that is down. */
  | 'unreachable'
  /** An answer, but not a CouchDB database's: a web page (a Wi-Fi login page), text, or other JSON. */
  | 'not-couchdb'
  /** The passphrase (or the stored keys) is not the one the server's data was encrypted with. */
  | 'wrong-passphrase'
  /** The server has no database at that address (404): it must be created first, or the name is mistyped. */
  | 'no-database'
  /** The server holds records but not the meta document their keys come from (meta.ts): nothing is written. */
  | 'meta-missing'
  /** The server's data was written by a newer version of the extension. */
  | 'newer-format'
  /** Anything else the server answered, or stored, that sync cannot work with. */
  | 'server';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${code}: ${detail}`, options);
    this.name = 'SyncError';
  }
}

/** How the detail of a `not-couchdb` begins when the answer was a web page (the page words that case). */
export const WEB_PAGE = 'web page:';

/** A failed request to the server (through PouchDB's HTTP adapter or its replication) as a SyncError. */
export function serverError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const { status, name, message } = (error ?? {}) as { status?: unknown; name?: unknown; message?: unknown };
  const detail = [status, name, message].filter((part) => part !== undefined).join(' ');
  // An answer that is not JSON (PouchDB parses every answer as JSON, and CouchDB only ever sends JSON).
  if (name === 'SyntaxError') return new SyncError('not-couchdb', detail, { cause: error });
  // PouchDB gives every HTTP answer's status; a request that got no answer has none (fetch's TypeError in a
  // browser, node-fetch's FetchError in Node).
  const code =
    status === 401 || status === 403
      ? 'wrong-password'
      : status === 404
        ? 'no-database'
        : typeof status === 'number'
          ? 'server'
          : 'unreachable';
  return new SyncError(code, detail || String(error), { cause: error });
}
