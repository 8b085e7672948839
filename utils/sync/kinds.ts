/**
 * The kinds of record that sync, each with the prefix of its documents' ids on the server (crypto.ts,
 * documentId). The one list on the sync side; the store's (utils/db/synced-kinds.ts) is keyed by it, so a
 * kind added here that the store does not send, receive and mark unsent fails the type check.
 */
export const SYNC_KINDS = { settings: 's', template: 't', goal: 'g', person: 'p' } as const;

/** Each person, each template, each goal and the settings are one document each. */
export type SyncKind = keyof typeof SYNC_KINDS;

/** A kind this version syncs (a record from a newer version may name one it does not know). */
export function isSyncKind(kind: unknown): kind is SyncKind {
  return typeof kind === 'string' && Object.hasOwn(SYNC_KINDS, kind);
}
