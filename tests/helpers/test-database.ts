/**
 * Databases for unit tests. Each has a name of its own, so tests never see each other's data, and is deleted
 * when its test ends. fake-indexeddb (vitest.config.ts) keeps them in memory.
 */
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Database } from '../../utils/db/database';

/** A new, empty database, not yet opened; whoever makes it deletes it. */
export function testDatabase(): Database {
  return new Database(`test-${crypto.randomUUID()}`);
}

/**
 * For tests that need several databases (two computers syncing, say): returns a function that makes one,
 * and deletes every database it made when each test ends.
 */
export function useTestDatabases(): () => Database {
  const made: Database[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = testDatabase();
    made.push(db);
    return db;
  };
}

/**
 * One new database before each test (of the file, or of the describe block it is called in), handed to
 * `receive` to keep in the file's `let db`, and deleted after the test. `resetBrowser` first empties the fake
 * browser too, for tests that go through the background (the router, reminders, imports): it keeps state of its
 * own in the browser (storage, alarms, the badge), which would otherwise carry over from the test before.
 */
export function useTestDatabase(
  receive: (db: Database) => void,
  { resetBrowser = false }: { resetBrowser?: boolean } = {},
): void {
  const newDatabase = useTestDatabases();
  beforeEach(() => {
    if (resetBrowser) fakeBrowser.reset();
    receive(newDatabase());
  });
}
