/**
 * The extension's PouchDB filters changes and replications only by a function given in code. PouchDB's own
 * filters by name (a design document's filter or view) are strings it evaluates, eval that Mozilla's review
 * flags and MV3 forbids; sync never uses them, so they are refused, and never run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangesResult, PouchDatabase, ReplicationResult } from '@/utils/sync/pouchdb';
import { TestPouch } from '../../helpers/sync-device';

/** The options sync never passes, which PouchDatabase (rightly) does not declare. */
interface Filtering {
  filter?: string | ((doc: { _id: string }) => boolean);
  view?: string;
  selector?: object;
}
type FilterableDatabase = PouchDatabase & {
  changes(options: { since: number } & Filtering): Promise<ChangesResult>;
  replicate: { to(target: PouchDatabase, options: Filtering): Promise<ReplicationResult> };
};

/** Set by the design document's filter and view, were PouchDB to evaluate them. */
const RAN = '__designDocumentCodeRan';
const ranCode = () => (globalThis as Record<string, unknown>)[RAN] === true;

let databases = 0;
let local: FilterableDatabase;
let other: FilterableDatabase;

beforeEach(async () => {
  delete (globalThis as Record<string, unknown>)[RAN];
  local = new TestPouch(`filter-local-${++databases}`, { adapter: 'memory' }) as FilterableDatabase;
  other = new TestPouch(`filter-other-${databases}`, { adapter: 'memory' }) as FilterableDatabase;
  await local.bulkDocs([
    { _id: 'mine-1' },
    { _id: 'theirs-1' },
    {
      _id: '_design/app',
      filters: { mine: `function (doc) { globalThis.${RAN} = true; return doc._id.startsWith('mine'); }` },
      views: { mine: { map: `function (doc) { globalThis.${RAN} = true; emit(doc._id); }` } },
    },
  ]);
});
afterEach(async () => {
  await Promise.all([local.destroy(), other.destroy()]);
});

describe('filters by name', () => {
  it('refuses a design document’s filter in a changes feed, and never runs it', async () => {
    await expect(local.changes({ since: 0, filter: 'app/mine' })).rejects.toThrow(/filter/);
    expect(ranCode()).toBe(false);
  });

  it('refuses a design document’s view as a filter, and never runs it', async () => {
    await expect(local.changes({ since: 0, filter: '_view', view: 'app/mine' })).rejects.toThrow(/view/);
    expect(ranCode()).toBe(false);
  });

  it('refuses a selector', async () => {
    await expect(local.changes({ since: 0, selector: { _id: 'mine-1' } })).rejects.toThrow(/selector/);
  });

  it('refuses a replication filtered by name, and copies nothing', async () => {
    await expect(local.replicate.to(other, { filter: 'app/mine' })).rejects.toThrow(/filter/);
    expect(ranCode()).toBe(false);
    expect((await other.info()).doc_count).toBe(0);
  });
});

describe('what sync uses', () => {
  it('replicates everything without a filter', async () => {
    const result = await local.replicate.to(other, {});
    expect(result.docs_written).toBe(3);
    expect((await other.allDocs({ keys: ['mine-1', 'theirs-1'] })).rows.map((row) => row.key)).toEqual([
      'mine-1',
      'theirs-1',
    ]);
  });

  it('still filters by a function given in code', async () => {
    const mine = (doc: { _id: string }) => doc._id.startsWith('mine');
    expect((await local.changes({ since: 0, filter: mine })).results.map((change) => change.id)).toEqual(['mine-1']);
    await local.replicate.to(other, { filter: mine });
    expect((await other.info()).doc_count).toBe(1);
  });
});
