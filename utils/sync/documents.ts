/**
 * A record as the server keeps it: an id that says nothing (crypto.ts, documentId) and an envelope whose
 * plaintext is the record's kind, key and document.
 */
import { decrypt, documentId, encrypt, type Envelope, type SyncKeys } from './crypto';
import { isSyncKind, type SyncKind } from './kinds';

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

/**
 * CouchDB 3's default `max_document_size` (8 MB): a real server refuses a larger document, so no device sent
 * one. Larger is junk, set aside before it costs the time and memory of decrypting and merging it.
 */
export const MAX_DOCUMENT_CHARS = 8_000_000;

/** Why a document of `local` was not handed to the store. */
export type Unreadable = 'too-large' | 'not-an-envelope' | 'cannot-decrypt' | 'not-its-id';

export type Opened = { record: SealedRecord } | { unreadable: Unreadable };

/**
 * The record in a document from `local`, or why there is none: the document is too large, not an envelope,
 * does not decrypt (changed, moved to another id, or junk), or decrypts to a record whose id is another (its
 * id is a keyed hash of its kind and key: someone with the keys wrote it under the wrong id).
 */
export async function openDocument(keys: SyncKeys, document: EncryptedDocument, maxChars: number): Promise<Opened> {
  const { iv, data } = document as Partial<Envelope>;
  if (typeof iv !== 'string' || typeof data !== 'string') return { unreadable: 'not-an-envelope' };
  if (iv.length + data.length > maxChars) return { unreadable: 'too-large' };
  let record: unknown;
  try {
    record = await decrypt(keys, document._id, { iv, data });
  } catch {
    return { unreadable: 'cannot-decrypt' };
  }
  if (!isSealedRecord(record) || (await documentId(keys, record.kind, record.key)) !== document._id) {
    return { unreadable: 'not-its-id' };
  }
  return { record };
}

function isSealedRecord(value: unknown): value is SealedRecord {
  const { kind, key } = (value ?? {}) as Partial<SealedRecord>;
  return isSyncKind(kind) && typeof key === 'string';
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
