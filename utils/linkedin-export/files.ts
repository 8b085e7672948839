/**
 * Which files of LinkedIn's export are read, by name: the ones that say whom the user knows and when they were
 * in touch. Everything else is skipped by name, and so are guide_messages.csv and learning_role_play_messages.csv,
 * which share messages.csv's header but are LinkedIn's own chats, never people. Pure.
 */

export const EXPORT_FILES = {
  'connections.csv': 'connections',
  'messages.csv': 'messages',
  'invitations.csv': 'invitations',
  'endorsement_given_info.csv': 'endorsements-given',
  'endorsement_received_info.csv': 'endorsements-received',
  'recommendations_given.csv': 'recommendations-given',
  'recommendations_received.csv': 'recommendations-received',
  'profile.csv': 'profile',
} as const;

export type ExportFileKind = (typeof EXPORT_FILES)[keyof typeof EXPORT_FILES];

/** The file's own name, without its folders and without the " (1)" a browser adds to a second download. */
export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.replace(/\s*\(\d+\)(?=\.[^.]+$)/, '');
}

/** What a file of the export is, by its name; null for a file that is skipped. */
export function exportFileKind(path: string): ExportFileKind | null {
  const name = baseName(path).toLowerCase() as keyof typeof EXPORT_FILES;
  return Object.hasOwn(EXPORT_FILES, name) ? EXPORT_FILES[name] : null;
}

/** An export ZIP's name as LinkedIn gives it: Basic_ or Complete_LinkedInDataExport_MM-DD-YYYY(.zip, part). */
export function isExportArchiveName(path: string): boolean {
  return /(?:basic|complete)_linkedindataexport/i.test(baseName(path));
}
