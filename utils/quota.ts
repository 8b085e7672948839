/** A full disk, as IndexedDB reports it: QuotaExceededError, itself or inside Dexie's wrapping error. */
export function isQuotaError(error: unknown): boolean {
  const named = error as { name?: string; inner?: { name?: string } } | null;
  return named?.name === 'QuotaExceededError' || named?.inner?.name === 'QuotaExceededError';
}
