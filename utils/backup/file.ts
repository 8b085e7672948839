/**
 * A backup file, whichever format wrote it: the mark that says it is one, the sizes past which one is refused,
 * what reading one gives (documents, as the store keeps them) and what can be wrong with one. Both formats'
 * readers (format.ts, format-1.ts) share these, so that neither needs the other.
 */
import type { Person } from '../model/person';
import type { GoalDoc, SettingsDoc, TemplateDoc } from '../model/records';

export const BACKUP_FORMAT = 'keep-in-touch-backup';

/** Past these a file is refused before it freezes the page or fills the disk. */
export const BACKUP_LIMITS = { bytes: 100 * 1024 * 1024, contacts: 100_000, interactions: 1_000_000 };

/** What a backup holds, whichever format it came in: documents, as the store keeps them. */
export interface Backup {
  people: Person[];
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc;
}

/** Why a file cannot be imported; the dashboard words each in the user's language. */
export type BackupProblem =
  | { kind: 'too-big'; bytes: number }
  | { kind: 'too-many'; what: 'contacts' | 'interactions'; count: number; limit: number }
  | { kind: 'not-json' }
  | { kind: 'not-ours' }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'bad-field'; path: string; detail: string }
  /** A day the panel would refuse as in the future, at `at`, of `who` (a name, or else a key): the same rule for a backup as for a note typed. */
  | { kind: 'future-date'; path: string; at: number; who: string }
  | { kind: 'duplicate'; key: string }
  | { kind: 'orphan'; id: string };

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };
