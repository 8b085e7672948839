/** What the steps of one sync share (replication.ts runs them in order; send.ts and receive.ts are two of them). */
import type { SyncKeys } from './crypto';
import type { LocalSide } from './local-side';
import type { PouchDatabase, PouchError, WriteResult } from './pouchdb';

export type SyncPhase = 'sending' | 'pushing' | 'pulling' | 'receiving';

/** For a progress bar with counts: documents done in this phase, and of how many, when that is known. */
export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total?: number;
}

/** How many documents each step takes at a time. */
export interface Batches {
  /** Records per round of the send: one store read, one bulk write into the replica, one markSent. */
  send: number;
  /** Documents per round of the receive: one read, one call to the store (one transaction), one saved place. */
  receive: number;
  /** Documents per request of replication (PouchDB's default is 100). */
  replication: number;
}

/**
 * Hundreds at a time: each round costs a transaction, a commit that the open dashboard's live queries answer by
 * reading again, and a request; a computer joining with 10,000 people took 46 s in Chromium with rounds of 50
 * (and replication's 100), 19 s with rounds of 500, and merged in 4 to 5 s instead of 6 to 8 with rounds of
 * 1,000. Replication's requests stay at 500: an encrypted person is a few kB, one with years of notes tens of
 * kB, and a hosted CouchDB may refuse a request of more than about 10 MB.
 */
export const BATCHES: Batches = { send: 1000, receive: 1000, replication: 500 };

export interface SyncRun {
  /** The device's replica of the server's encrypted documents. Only sync writes it, one run at a time. */
  local: PouchDatabase;
  keys: SyncKeys;
  side: LocalSide;
  signal?: AbortSignal;
  progress(progress: SyncProgress): void;
  /** `id rev` of each revision this run wrote into `local`: when the changes feed brings it back, it is no news. */
  own: Set<string>;
  batches: Batches;
  /** A document larger than this (its envelope, in characters) is set aside unread: documents.ts, MAX_DOCUMENT_CHARS. */
  maxDocumentChars: number;
}

/** Checks a bulkDocs into `local` and notes its revisions as the run's own. Errors stay PouchDB's own. */
export function keepOwn(run: SyncRun, results: (WriteResult | PouchError)[]): void {
  for (const result of results) {
    if ('error' in result && result.error) throw result;
    if ('rev' in result) run.own.add(ownKey(result.id, result.rev));
  }
}

export function ownKey(id: string, rev: string): string {
  return `${id} ${rev}`;
}
