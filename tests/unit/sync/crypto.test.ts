import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkValue, decrypt, deriveKeys, documentId, encrypt, newKdfParams, type SyncKeys } from '@/utils/sync/crypto';

// The lowest count a server's meta document may ask for: the tests derive many keys.
const kdf = newKdfParams(100_000);
const keysOf = (passphrase: string, params = kdf) => deriveKeys(passphrase, params);

describe('encryption', () => {
  it('gives back the JSON it was given, under the same document id', async () => {
    const keys = await keysOf('correct horse');
    const json = { name: 'Äijä Ōtsuka 🌲', timeline: [{ id: 'e1', text: 'Kahvilla\nHelsingissä' }], due: null };
    const envelope = await encrypt(keys, 'p-1', json);
    expect(Object.keys(envelope).sort()).toEqual(['data', 'iv']);
    expect(atob(envelope.iv)).toHaveLength(12);
    await expect(decrypt(keys, 'p-1', envelope)).resolves.toEqual(json);
  });

  it('uses a fresh IV each time', async () => {
    const keys = await keysOf('correct horse');
    const [one, two] = await Promise.all([encrypt(keys, 'p-1', 'same'), encrypt(keys, 'p-1', 'same')]);
    expect(one.iv).not.toBe(two.iv);
    expect(one.data).not.toBe(two.data);
  });

  it('refuses contents moved to another document, changed, or from other keys', async () => {
    const keys = await keysOf('correct horse');
    const envelope = await encrypt(keys, 'p-1', { name: 'Aino' });
    await expect(decrypt(keys, 'p-2', envelope)).rejects.toThrow();
    const flipped = atob(envelope.data).replace(/^./, (c) => String.fromCharCode(c.charCodeAt(0) ^ 1));
    await expect(decrypt(keys, 'p-1', { ...envelope, data: btoa(flipped) })).rejects.toThrow();
    await expect(decrypt(await keysOf('wrong horse'), 'p-1', envelope)).rejects.toThrow();
  });
});

describe('document ids', () => {
  it('are the same on every device with the passphrase, and say nothing of the key', async () => {
    const [here, there] = await Promise.all([keysOf('correct horse'), keysOf('correct horse')]);
    const id = await documentId(here, 'person', 'aino-virtanen');
    expect(id).toMatch(/^p-[0-9a-f]{64}$/);
    expect(id).not.toContain('aino');
    await expect(documentId(there, 'person', 'aino-virtanen')).resolves.toBe(id);
    expect(await documentId(here, 'template', 'aino-virtanen')).toMatch(/^t-/);
    expect(await documentId(here, 'settings', 'settings')).toMatch(/^s-/);
  });

  it('differ with another passphrase or another salt', async () => {
    const id = await documentId(await keysOf('correct horse'), 'person', 'aino-virtanen');
    expect(await documentId(await keysOf('wrong horse'), 'person', 'aino-virtanen')).not.toBe(id);
    expect(await documentId(await keysOf('correct horse', newKdfParams(100_000)), 'person', 'aino-virtanen')).not.toBe(
      id,
    );
  });
});

describe('keys', () => {
  it('recognise the passphrase by the check value, however its letters were composed', async () => {
    const check = await checkValue(await keysOf('p\u00e4iv\u00e4'));
    expect(check).toMatch(/^[0-9a-f]{64}$/);
    await expect(checkValue(await keysOf('pa\u0308iva\u0308'))).resolves.toBe(check);
    await expect(checkValue(await keysOf('paiva'))).resolves.not.toBe(check);
  });

  it('can be kept in IndexedDB without being readable', async () => {
    const keys = await keysOf('correct horse');
    expect(keys.content.extractable).toBe(false);
    expect(keys.ids.extractable).toBe(false);
    const db = new Dexie('sync-keys-test');
    db.version(1).stores({ keys: '' });
    await db.table('keys').put(keys, 'server');
    const kept = (await db.table('keys').get('server')) as SyncKeys;
    db.close();
    await expect(decrypt(kept, 'p-1', await encrypt(keys, 'p-1', 'still mine'))).resolves.toBe('still mine');
    await expect(documentId(kept, 'person', 'x')).resolves.toBe(await documentId(keys, 'person', 'x'));
  });
});
