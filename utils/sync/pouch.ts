/**
 * PouchDB as the extension runs it: IndexedDB for the device's replica, HTTP for the user's server, and
 * replication between the two. PouchDB's own packages, so that the background carries no other adapter and
 * no map/reduce.
 *
 * In a service worker it needs no shim: Vite takes each package's browser build (the worker's own fetch, no
 * Buffer, process or global). Only `events`, which pouchdb-core imports without depending on it, must be
 * installed (it is our dependency): without it Vite merely warns, and the worker fails as it starts.
 */
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';
import changesFilterWithoutEval from './changes-filter';
import { SyncError, WEB_PAGE } from './errors';
import type { PouchDatabase } from './pouchdb';

/**
 * Plugins change PouchDB's one class and may not be added twice: anything else (tests) builds on this. The
 * changes filter without eval is the one the build bundles in place of PouchDB's; the tests run it from here.
 */
export const SyncPouch = PouchDB.plugin(changesFilterWithoutEval).plugin(idb).plugin(http).plugin(replication);

/** The device's replica of the server's encrypted documents (IndexedDB `_pouch_<name>`). */
export function openReplica(name: string): PouchDatabase {
  return new SyncPouch(name, { adapter: 'idb' });
}

/**
 * The user's database on their CouchDB. Never created from here (`skip_setup`): a user who is not an admin
 * may not, and a mistyped address should fail, not become a new database.
 */
export function openServer(url: string, login: { username: string; password: string }): PouchDatabase {
  return new SyncPouch(url, { adapter: 'http', auth: login, skip_setup: true, fetch: fetchWithTimeout });
}

/** How long a request may go unanswered: a server that never answers must not hold sync forever. */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * fetch, giving up on a request after REQUEST_TIMEOUT_MS (or when PouchDB itself cancels it), and refusing a
 * web page: CouchDB answers in JSON, and a page in its place is a Wi-Fi login page or the wrong address.
 */
async function fetchWithTimeout(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  const response = await fetch(input, { ...init, signal });
  if (response.ok && /^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel();
    throw new SyncError('not-couchdb', `${WEB_PAGE} ${response.status} ${response.url || String(input)}`);
  }
  return response;
}
