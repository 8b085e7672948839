/**
 * A CouchDB-protocol server in this process, for the sync tests: express-pouchdb over in-memory PouchDB on a
 * free port, set up over HTTP as one would set up a real CouchDB 3: an admin, a user with a password, and a
 * database whose `_security` admits only that user. Nothing is written to disk but express-pouchdb's log,
 * which goes to a temporary folder that `stop()` removes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import memdown, { type MemDown } from 'memdown';
import type PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

export interface CouchServer {
  /** The server's root, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The user's database. */
  databaseUrl: string;
  username: string;
  password: string;
  /** Every key and value the server holds, old revisions and `_local` documents too, as text to search. */
  rawText(): Promise<string>;
  stop(): Promise<void>;
}

const ADMIN = { username: 'admin', password: 'admin-secret' };

let servers = 0;

export async function startCouchServer(): Promise<CouchServer> {
  const logs = await mkdtemp(join(tmpdir(), 'couch-server-'));
  // memdown shares a store per database name across the process, and PouchDB caches databases by the
  // adapter function's name: a store factory of its own, named for this server, keeps two servers apart.
  const stores: MemDown[] = [];
  const store = Object.defineProperty(
    () => {
      const down = memdown('');
      stores.push(down);
      return down;
    },
    'name',
    { value: `couch-server-${++servers}` },
  );
  // Replication too, though unused: pouchdb-security wraps db.replicate, and reports its absence as "Security
  // methods already installed".
  const ServerPouch = ownPouchDB().plugin(memory).plugin(replication);
  const app = expressPouchDB(ServerPouch.defaults({ adapter: 'memory', db: store }), {
    inMemoryConfig: true,
    logPath: join(logs, 'log.txt'),
    // Parts a sync never uses: the web UI, server-side replication, and disk sizes (which read files).
    overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'replicator', 'disk-size'] },
  });
  const server = createServer(app);
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => app.couchLogger._stream.end(resolve));
    await rm(logs, { recursive: true });
  };
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const databaseUrl = `${url}/keep-in-touch`;
    const user = { username: 'sync-test', password: 'correct horse battery' };
    // A fresh CouchDB is an "admin party" until it has an admin.
    await request('PUT', `${url}/_config/admins/${ADMIN.username}`, ADMIN.password, null);
    await request('PUT', `${url}/_users/org.couchdb.user:${user.username}`, {
      name: user.username,
      password: user.password,
      roles: [],
      type: 'user',
    });
    await request('PUT', databaseUrl, null);
    await request('PUT', `${databaseUrl}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: [user.username], roles: [] },
    });
    const rawText = async () => (await Promise.all(stores.map(dump))).join('\n');
    return { url, databaseUrl, ...user, rawText, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A PouchDB class of the server's own, as if in another process. PouchDB's class is also an event emitter that
 * tells of every database created or destroyed, and express-pouchdb's plugins listen to it for good: sharing
 * the devices' class, each server would list the devices' databases as its own and keep its listeners after
 * it stopped.
 */
function ownPouchDB(): typeof PouchDB {
  const require = createRequire(import.meta.url);
  const path = require.resolve('pouchdb-core');
  const shared = require.cache[path];
  delete require.cache[path];
  try {
    return require('pouchdb-core');
  } finally {
    if (shared) require.cache[path] = shared;
    else delete require.cache[path];
  }
}

/** A request as the admin (or, with `auth` null, before there is one), which must succeed. */
async function request(
  method: string,
  url: string,
  body: unknown,
  auth: typeof ADMIN | null = ADMIN,
): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Basic ${btoa(`${auth.username}:${auth.password}`)}`;
  const response = await fetch(url, { method, headers, body: body === null ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

function dump(down: MemDown): Promise<string> {
  const iterator = down.iterator({ keyAsBuffer: false, valueAsBuffer: false });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const next = () =>
      iterator.next((error, key, value) => {
        if (error) return reject(error);
        if (key === undefined) return iterator.end(() => resolve(lines.join('\n')));
        lines.push(`${String(key)} ${String(value)}`);
        next();
      });
    next();
  });
}
