/**
 * A record as the server keeps it: an id that says nothing (crypto.ts, documentId) and an envelope whose
 * plaintext is the record's kind, key and document.
 */
import { decrypt, encrypt, type Envelope, type SyncKeys } from './crypto';
import { SyncError } from './errors';
import type { SyncKind } from './local-side';

/** What the envelope holds: the id is a one-way hash, so kind and key travel inside. */
export interface SealedRecord {
  kind: SyncKind;
  key: string;
  doc: unknown;
}

export type EncryptedDocument = { _id: string; _rev?: string } & Envelope;

export async function seal(keys: SyncKeys, id: string, record: SealedRecord): Promise<EncryptedDocument> {
  return { _id: id, ...(await encrypt(keys, id, record)) };
}

/** The record in a document from `local`. One that cannot be decrypted was changed, or moved, on the server. */
export async function unseal(keys: SyncKeys, document: EncryptedDocument): Promise<SealedRecord> {
  try {
    return (await decrypt(keys, document._id, document)) as SealedRecord;
  } catch (error) {
    throw new SyncError('server', `document ${document._id} ${document._rev} cannot be decrypted`, { cause: error });
  }
}

/** A value as it will be after a trip through JSON (undefined fields gone), so that it compares as stored. */
export function asJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Deep equality of JSON values, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]))
  );
}
