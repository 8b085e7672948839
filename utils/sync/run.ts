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

export interface SyncRun {
  /** The device's replica of the server's encrypted documents. Only sync writes it, one run at a time. */
  local: PouchDatabase;
  keys: SyncKeys;
  side: LocalSide;
  signal?: AbortSignal;
  progress(progress: SyncProgress): void;
  /** `id rev` of each revision this run wrote into `local`: when the changes feed brings it back, it is no news. */
  own: Set<string>;
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
