/**
 * A query's latest answer, run again whenever the data it read changes: here, in the background, or in another
 * tab (Dexie's liveQuery, across the extension origin). Dexie's own hook is React's; this is the Preact one.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

export function useLiveQuery<T>(query: () => Promise<T>, dependencies: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) => setResult({ state: 'failed', error }),
    });
    return () => subscription.unsubscribe();
  }, dependencies); // the caller names what the query depends on, as with useEffect
  return result;
}
