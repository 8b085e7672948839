/**
 * PouchDB 9, as far as sync and its tests use it. DefinitelyTyped's @types/pouchdb-* describe PouchDB 7 and
 * redeclare Node's `Buffer` globally, which breaks @types/node's; these few types are all sync needs.
 */

/** A sequence of a changes feed: a number in PouchDB, an opaque string in CouchDB 3. Only ever passed back. */
export type Seq = number | string;

export interface Revised {
  _id: string;
  _rev: string;
}

export interface WriteResult {
  ok: true;
  id: string;
  rev: string;
}

export interface PouchError {
  error: string | true;
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

export type AllDocsRow<T> =
  | {
      id: string;
      key: string;
      value: { rev: string; deleted?: true };
      /** With include_docs; null for a deleted document. `_conflicts`: the other live leaves, with conflicts. */
      doc?: (T & Revised & { _conflicts?: string[] }) | null;
    }
  | { key: string; error: string };

export interface ChangesResult {
  results: { id: string; seq: Seq; changes: { rev: string }[]; deleted?: true }[];
  last_seq: Seq;
}

export interface ReplicationResult {
  status: string;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

/** Documents per request (PouchDB's default 100), and how many batches may wait to be written (default 10). */
export interface ReplicationOptions {
  batch_size?: number;
  batches_limit?: number;
}

/** A one-shot replication: a promise of its result, with progress events, that can be cancelled. */
export interface Replication extends Promise<ReplicationResult> {
  /** `docs`: the documents this batch wrote to the target. */
  on(
    event: 'change',
    listener: (info: { docs_written: number; pending?: number; docs?: { _id: string }[] }) => void,
  ): this;
  cancel(): void;
}

export interface PouchDatabase {
  readonly name: string;
  get<T extends object>(id: string, options?: { rev?: string }): Promise<T & Revised>;
  /** Every leaf, deleted ones too (`{ ok: doc }` each). */
  get<T extends object>(
    id: string,
    options: { open_revs: 'all' },
  ): Promise<{ ok: T & Revised & { _deleted?: true } }[]>;
  put<T extends { _id: string; _rev?: string }>(doc: T): Promise<WriteResult>;
  allDocs<T extends object>(options: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
  }): Promise<{ rows: AllDocsRow<T>[] }>;
  bulkDocs<T extends { _id: string; _rev?: string; _deleted?: true }>(docs: T[]): Promise<(WriteResult | PouchError)[]>;
  /** `style: 'all_docs'`: every leaf of each document in `changes`, not only the winning one. */
  changes(options: { since: Seq; style?: 'main_only' | 'all_docs' }): Promise<ChangesResult>;
  info(): Promise<{ update_seq: Seq; doc_count: number }>;
  destroy(): Promise<unknown>;
  replicate: {
    to(target: PouchDatabase, options?: ReplicationOptions): Replication;
    from(source: PouchDatabase, options?: ReplicationOptions): Replication;
  };
}

export interface PouchConstructor {
  new (name: string, options?: object): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: object): PouchConstructor;
}
