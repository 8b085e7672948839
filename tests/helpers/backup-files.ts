/**
 * Backup files in format 1, as the extension wrote them before people became documents (schema v4): the files
 * users have kept, which every later version must import.
 */
import { BACKUP_FORMAT } from '../../utils/backup/file';
import type { BackupContact } from '../../utils/backup/format-1';
import { DEFAULT_SETTINGS } from '../../utils/settings';

/** A person as a backup holds them: known by their key alone, created at `at`, unless `fields` say more. */
export function backupPerson(key: string, at: number, fields: Partial<BackupContact> = {}): BackupContact {
  return {
    key,
    aliases: [key],
    name: '',
    headline: '',
    company: '',
    location: '',
    photoUrl: '',
    email: '',
    tags: [],
    contactedAt: null,
    followUpOn: null,
    snoozedUntil: null,
    connectedAt: null,
    lastSeen: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

/** A note on a person's timeline, as a backup holds it. */
export function backupNote(id: string, contactKey: string, text: string, at: number) {
  return { id, contactKey, type: 'note', text, at, createdAt: at, updatedAt: at } as const;
}

/** A whole backup file's text with these people and entries, and the default settings. */
export function backupFile(contacts: BackupContact[], interactions: ReturnType<typeof backupNote>[] = []): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    contacts,
    interactions,
    templates: [],
    settings: DEFAULT_SETTINGS,
  });
}
