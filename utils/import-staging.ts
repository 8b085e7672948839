/**
 * A file on its way from the dashboard to the background's import: put down by the page, picked up (and
 * removed) by the background, in an IndexedDB of its own in the extension's origin, which both share. A Blob is
 * kept there by reference, so handing over a 50 MB backup neither copies it through messages nor holds the
 * page up; the Port (import-transfer.ts) only carries what to do with it.
 *
 * It holds one import's files at most, for the moment between the two: the user's data never lives here.
 */
const NAME = 'keep-in-touch-import';
const STORE = 'files';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request in a transaction of its own, and closes the database after. */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request?.result as T);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Puts the file down for the background, in place of any left by an import that never finished; its id. */
export async function stageFile(file: Blob): Promise<string> {
  const id = crypto.randomUUID();
  await run('readwrite', (store) => {
    store.clear();
    store.put(file, id);
  });
  return id;
}

/** Puts several files down at once (the parts of LinkedIn's export), in place of any left before; their ids. */
export async function stageFiles(files: readonly Blob[]): Promise<string[]> {
  const ids = files.map(() => crypto.randomUUID());
  await run('readwrite', (store) => {
    store.clear();
    files.forEach((file, index) => store.put(file, ids[index]));
  });
  return ids;
}

/** Picks the file up, and removes it; undefined when it is not there (taken, or cleared by a later import). */
export function takeFile(id: string): Promise<Blob | undefined> {
  return run<Blob | undefined>('readwrite', (store) => {
    const file = store.get(id) as IDBRequest<Blob | undefined>;
    store.delete(id);
    return file;
  });
}
