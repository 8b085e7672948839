/**
 * What sync asks of the data store: the one place where records leave and arrive. The store implements it
 * (docs/ARCHITECTURE.md, "Data": every write goes through one store, and one merge function decides between versions);
 * sync itself never reads or writes a record, only encrypted documents.
 */

import type { SyncKind } from './kinds';

export type { SyncKind } from './kinds';

/** One local record as sync sees it: its kind, its key, its document (plain JSON), and a stamp that changes whenever the store writes it. */
export interface LocalRecord {
  kind: SyncKind;
  key: string;
  doc: unknown;
  stamp: number;
}

/** Versions of one record from elsewhere (one, or several conflicting leaves, decrypted). */
export interface Arrival {
  kind: SyncKind;
  key: string;
  versions: unknown[];
}

/** What the store made of an arrival: the merged document, and whether what it stores changed. */
export interface Merged {
  doc: unknown;
  changed: boolean;
}

export interface LocalSide {
  /** Records written locally since they were last sent (the store marks every write), at most `limit`. */
  pending(limit: number): Promise<LocalRecord[]>;
  /** These were sent as they are: unmark them, unless the store wrote them again since (its stamp differs). */
  markSent(records: readonly Pick<LocalRecord, 'kind' | 'key' | 'stamp'>[]): Promise<void>;
  /**
   * Records from elsewhere, a batch at a time, each a different record: the store merges each with its own (a
   * pure, commutative, associative, idempotent mergeVersions), keeps the results in one transaction, and answers
   * them in the same order; sync writes each back as its document's only leaf.
   */
  receive(arrivals: readonly Arrival[]): Promise<Merged[]>;
}
