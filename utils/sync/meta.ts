/**
 * The server's one cleartext document: which format its documents are in, and how to derive their keys from
 * the passphrase (salt, iterations) with a value to recognise the right passphrase by. The first device writes
 * it; every other device reads it before anything else, and writes nothing anywhere if its passphrase is wrong.
 */
import * as z from 'zod/mini';
import { checkValue, deriveKeys, isRecordId, newKdfParams, type SyncKeys } from './crypto';
import { MAX_DOCUMENT_CHARS, openDocument, type EncryptedDocument } from './documents';
import { serverError, SyncError } from './errors';
import type { PouchDatabase } from './pouchdb';

export const META_ID = 'keep-in-touch';

/**
 * Version 1: one AES-GCM envelope per record, ids from HMAC (crypto.ts).
 *
 * What the version says, decided: it changes only when an older extension could not carry the documents
 * (another envelope, other ids or keys, a field of the person it knows allowed longer or in another shape, a
 * known field that means something else). Then an older computer stops here ('newer-format': the Sync page
 * asks to update the extension on this computer) and writes nothing. New fields on a person or an entry, new
 * entry types and longer notes do not change it: every version since this rule carries what it cannot read
 * through a merge untouched and writes it back as it came (person-wire.ts, schemas.ts), so an older computer
 * goes on syncing, and what it knows still merges. Leaving such documents alone instead would stop that person
 * syncing on the older computer, its own edits of them kept from every other.
 */
export const FORMAT_VERSION = 1;

/** What a device knows the server by: its passphrase, once; its stored keys, after that. */
export type SyncSecret = { passphrase: string } | { keys: SyncKeys };

const MetaSchema = z.object({
  _id: z.literal(META_ID),
  format: z.literal('keep-in-touch-sync'),
  version: z.number().check(z.int(), z.gte(1)),
  kdf: z.object({
    algorithm: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().check(z.int(), z.gte(100_000), z.lte(10_000_000)),
    salt: z.string().check(z.regex(/^[A-Za-z0-9+/]{22}==$/)),
  }),
  check: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

type Meta = z.infer<typeof MetaSchema>;

/**
 * The keys for this server, after checking them against its meta document, or writing that document if the
 * server has none yet (a first device, or a new server for the same data: stored keys describe themselves).
 * Throws SyncError `wrong-passphrase`, `newer-format`, `meta-missing`, or the server's own.
 */
export async function openKeys(remote: PouchDatabase, secret: SyncSecret): Promise<SyncKeys> {
  const meta = await readMeta(remote);
  if (meta) return keysFor(meta, secret);
  // A server with records but no meta document lost it: a new salt would make everything on it unreadable to
  // everyone. Only keys that read its records (a computer that synced with it before) may write it again.
  const records = await someRecords(remote);
  if (records.length > 0 && !('keys' in secret && (await readsAny(secret.keys, records)))) {
    throw new SyncError('meta-missing', `no ${META_ID} document, but records such as ${records[0]!._id}`);
  }
  const keys = 'keys' in secret ? secret.keys : await deriveKeys(secret.passphrase, newKdfParams());
  const created: Meta = {
    _id: META_ID,
    format: 'keep-in-touch-sync',
    version: FORMAT_VERSION,
    kdf: keys.kdf,
    check: await checkValue(keys),
  };
  try {
    await remote.put(created);
    return keys;
  } catch (error) {
    // Another device set the server up in the meantime: its parameters hold.
    const theirs = (error as { status?: number }).status === 409 ? await readMeta(remote) : null;
    if (!theirs) throw serverError(error);
    return keysFor(theirs, secret);
  }
}

/** A few of the server's records (documents whose ids documentId made), if it holds any. */
async function someRecords(remote: PouchDatabase): Promise<EncryptedDocument[]> {
  try {
    // Ids sort by their kind's prefix; the meta and design documents, if any, are few.
    const { rows } = await remote.allDocs<EncryptedDocument>({ include_docs: true, limit: 20 });
    return rows.flatMap((row) => ('doc' in row && row.doc && isRecordId(row.id) ? [row.doc] : []));
  } catch (error) {
    throw serverError(error);
  }
}

/** Whether the keys read any of these records: one set aside as junk does not count against them. */
async function readsAny(keys: SyncKeys, records: readonly EncryptedDocument[]): Promise<boolean> {
  for (const record of records) if ('record' in (await openDocument(keys, record, MAX_DOCUMENT_CHARS))) return true;
  return false;
}

async function keysFor(meta: Meta, secret: SyncSecret): Promise<SyncKeys> {
  const keys = 'keys' in secret ? secret.keys : await deriveKeys(secret.passphrase, meta.kdf);
  if ((await checkValue(keys)) !== meta.check) {
    throw new SyncError('wrong-passphrase', 'the check value does not match the server’s');
  }
  return keys;
}

async function readMeta(remote: PouchDatabase): Promise<Meta | null> {
  let doc: unknown;
  try {
    doc = await remote.get(META_ID);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw serverError(error);
  }
  // CouchDB answers a document's request with the document, under its id; anything else is another server.
  if ((doc as { _id?: unknown } | null)?._id !== META_ID) {
    throw new SyncError(
      'not-couchdb',
      `asked for the ${META_ID} document, got ${String(JSON.stringify(doc)).slice(0, 80)}`,
    );
  }
  // Before the rest: a newer format may describe its keys differently.
  const version = (doc as { version?: unknown }).version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new SyncError(
      'newer-format',
      `the server's data is in format ${version}; this version reads ${FORMAT_VERSION}`,
    );
  }
  const parsed = MetaSchema.safeParse(doc);
  if (!parsed.success) throw new SyncError('server', `unreadable ${META_ID} document: ${parsed.error.message}`);
  return parsed.data;
}
