/**
 * End-to-end encryption for sync, with WebCrypto only (a service worker has it, and so has Node's
 * `crypto.subtle`). The passphrase becomes a master key (PBKDF2), the master key two keys (HKDF): AES-GCM for
 * contents, HMAC for document ids. Both are non-extractable CryptoKeys, which IndexedDB stores by structured
 * clone, so a device keeps its keys and never the passphrase.
 */
import { SYNC_KINDS, type SyncKind } from './kinds';

/** How a passphrase becomes keys. Cleartext on the server, so that every device derives the same keys. */
export interface KdfParams {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** 16 random bytes, base64. */
  salt: string;
}

/** A device's keys, with the parameters they came from (to describe them to a new, empty server). */
export interface SyncKeys {
  kdf: KdfParams;
  content: CryptoKey;
  ids: CryptoKey;
}

/** An encrypted document's contents: base64 of a fresh 12-byte IV and of AES-GCM's ciphertext and tag. */
export interface Envelope {
  iv: string;
  data: string;
}

/**
 * OWASP's figure for PBKDF2-HMAC-SHA-256 since 2023 (it was 310,000 before). A device pays it once, when it
 * joins: about 0.3 s in Node 20 on this project's 2-core machine.
 */
export const KDF_ITERATIONS = 600_000;

/** The shortest passphrase the dashboard takes: every device needs it, and it is all that protects the server's copy. */
export const MIN_PASSPHRASE = 10;

const RECORD_ID = new RegExp(`^[${Object.values(SYNC_KINDS).join('')}]-[0-9a-f]{64}$`);

const utf8 = new TextEncoder();

/** Parameters for a new server: a random salt, and today's iteration count. */
export function newKdfParams(iterations = KDF_ITERATIONS): KdfParams {
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) };
}

/** The keys a passphrase gives under these parameters. Slow on purpose (see KDF_ITERATIONS). */
export async function deriveKeys(passphrase: string, kdf: KdfParams): Promise<SyncKeys> {
  // One passphrase, one key: macOS and Windows may type "ä" as different code points.
  const secret = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    secret,
    256,
  );
  const master = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  // The master key is already uniformly random: HKDF needs no salt, only a label per use.
  const hkdf = (label: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: utf8.encode(label),
  });
  const [content, ids] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('keep-in-touch/content'), master, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    crypto.subtle.deriveKey(hkdf('keep-in-touch/ids'), master, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
      'sign',
    ]),
  ]);
  return { kdf, content, ids };
}

/**
 * Encrypts JSON for the document `id`. The id is authenticated with it, so that a server that swaps two
 * documents' contents makes both unreadable instead of passing one person off as another.
 */
export async function encrypt(keys: SyncKeys, id: string, json: unknown): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(id) },
    keys.content,
    utf8.encode(JSON.stringify(json)),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The JSON that `encrypt` was given for `id`. Rejects (OperationError) if anything was changed or moved. */
export async function decrypt(keys: SyncKeys, id: string, envelope: Envelope): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: utf8.encode(id) },
    keys.content,
    fromBase64(envelope.data),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * The server's id for a record: its kind's prefix (kinds.ts) and a keyed hash of its key, the same on every device with
 * the same passphrase. Without the key the id says nothing, not even which slug it might be.
 */
export async function documentId(keys: SyncKeys, kind: SyncKind, key: string): Promise<string> {
  return `${SYNC_KINDS[kind]}-${await hmacHex(keys, `${kind}:${key}`)}`;
}

/** True for the ids `documentId` makes: the server's other documents (its meta, design documents) are not records. */
export function isRecordId(id: string): boolean {
  return RECORD_ID.test(id);
}

/**
 * A value that shows whether a passphrase is the one the server was set up with. It tells an attacker nothing
 * an encrypted document would not: either lets one test guesses, each at the cost of the key derivation.
 */
export async function checkValue(keys: SyncKeys): Promise<string> {
  // No colon: no record's `kind:key` can give the same HMAC input.
  return hmacHex(keys, 'passphrase-check');
}

async function hmacHex(keys: SyncKeys, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.ids, utf8.encode(text)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
