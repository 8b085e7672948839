/**
 * The backup file: everything the user has, as one versioned JSON file they can keep, read and bring back.
 * Pure: reading a file, writing one, and deciding what an import adds, updates and leaves.
 *
 * Derived fields (last contact, due time, timeline words) are not in the file; an import works them out again,
 * so that export → wipe → import → export gives the same file, byte for byte.
 */
import * as z from 'zod/mini';
import { INTERACTION_TYPES, normalizeTags, type Contact, type Interaction } from './contacts';
import type { Settings } from './settings';
import type { Template } from './templates';

export const BACKUP_FORMAT = 'keep-in-touch-backup';
export const BACKUP_VERSION = 1;

/** Past these a file is refused before it freezes the page or fills the disk. */
export const BACKUP_LIMITS = { bytes: 100 * 1024 * 1024, contacts: 100_000, interactions: 1_000_000 };

// zod/mini carries no messages of its own: the English ones say what a bad field should have been
// ("expected number, received string"), after the dashboard's own words in the user's language.
z.config(z.locales.en());

const text = (max: number) => z.string().check(z.maxLength(max));
const time = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));
const cadence = z.number().check(z.int(), z.gte(1), z.lte(3650));
const key = text(200).check(z.minLength(1));

export const BackupContactSchema = z.object({
  key,
  aliases: z.array(text(200)).check(z.minLength(1), z.maxLength(100)),
  profileId: z.optional(text(100)),
  memberId: z.optional(text(30)),
  name: text(300),
  headline: text(1000),
  company: text(300),
  location: text(300),
  photoUrl: z.string().check(z.maxLength(4000), z.regex(/^(?:https:\/\/media\.licdn\.com\/.*)?$/)),
  email: text(320),
  tags: z.array(text(60)).check(z.maxLength(100)),
  contactedAt: z.nullable(time),
  cadenceDays: z.optional(z.nullable(cadence)),
  cadenceFromTagsOnly: z.optional(z.literal(true)),
  followUpOn: z.nullable(time),
  snoozedUntil: z.nullable(time),
  connectedAt: z.nullable(time),
  lastSeen: z.nullable(z.object({ headline: text(1000), company: text(300) })),
  createdAt: time,
  updatedAt: time,
});

export const BackupInteractionSchema = z.object({
  id: text(100).check(z.minLength(1)),
  contactKey: key,
  type: z.enum(INTERACTION_TYPES),
  text: text(20_000),
  at: time,
  createdAt: time,
  updatedAt: time,
});

const BackupTemplate = z.object({
  id: text(100).check(z.minLength(1)),
  name: text(100).check(z.minLength(1)),
  kind: z.enum(['invitation', 'follow-up']),
  language: z.enum(['en', 'fi']),
  body: text(2000),
});

const BackupSettings = z.object({
  defaultCadenceDays: z.nullable(cadence),
  tagCadences: z.record(text(60), cadence),
  notificationsEnabled: z.boolean(),
  notificationHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  myName: text(100),
  noteLimit: z.union([z.literal(200), z.literal(300)]),
  monthlyNoteQuota: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  tagColors: z.record(text(60), z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
  lastBackupAt: z.nullable(time),
  language: z.enum(['browser', 'en', 'fi']),
});

const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  contacts: z.array(BackupContactSchema).check(z.maxLength(BACKUP_LIMITS.contacts)),
  interactions: z.array(BackupInteractionSchema).check(z.maxLength(BACKUP_LIMITS.interactions)),
  templates: z.array(BackupTemplate).check(z.maxLength(10_000)),
  settings: BackupSettings,
});

export type BackupContact = z.infer<typeof BackupContactSchema>;
export type Backup = z.infer<typeof Backup>;

/** Everything the database holds, as the backup and the import see it. */
export interface Everything {
  contacts: Contact[];
  interactions: Interaction[];
  templates: Template[];
  settings: Settings;
}

/** A contact as the file keeps it: without derived fields, in a fixed field order. */
function toBackupContact(contact: Contact): BackupContact {
  return {
    key: contact.key,
    aliases: contact.aliases,
    ...(contact.profileId !== undefined && { profileId: contact.profileId }),
    ...(contact.memberId !== undefined && { memberId: contact.memberId }),
    name: contact.name,
    headline: contact.headline,
    company: contact.company,
    location: contact.location,
    photoUrl: contact.photoUrl,
    email: contact.email,
    tags: contact.tags,
    contactedAt: contact.contactedAt,
    ...(contact.cadenceDays !== undefined && { cadenceDays: contact.cadenceDays }),
    ...(contact.cadenceFromTagsOnly && { cadenceFromTagsOnly: true as const }),
    followUpOn: contact.followUpOn,
    snoozedUntil: contact.snoozedUntil,
    connectedAt: contact.connectedAt,
    lastSeen: contact.lastSeen,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
  };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The backup file's text: records in a fixed order, so that the same data always gives the same file. */
export function writeBackup(data: Everything): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    contacts: data.contacts.map(toBackupContact).sort((a, b) => byCodeUnits(a.key, b.key)),
    interactions: data.interactions
      .map(({ id, contactKey, type, text, at, createdAt, updatedAt }) => ({
        id,
        contactKey,
        type,
        text,
        at,
        createdAt,
        updatedAt,
      }))
      .sort((a, b) => byCodeUnits(a.contactKey, b.contactKey) || a.at - b.at || byCodeUnits(a.id, b.id)),
    templates: data.templates
      .map(({ id, name, kind, language, body }) => ({ id, name, kind, language, body }))
      .sort((a, b) => byCodeUnits(a.id, b.id)),
    settings: BackupSettings.parse(data.settings),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** Why a file cannot be imported; the dashboard words each in the user's language. */
export type BackupProblem =
  | { kind: 'too-big'; bytes: number }
  | { kind: 'too-many'; what: 'contacts' | 'interactions'; count: number; limit: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-ours' }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'bad-field'; path: string; detail: string }
  | { kind: 'duplicate'; key: string }
  | { kind: 'orphan'; id: string };

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .slice(1);
}

/** Reads a backup file's text, or says exactly what is wrong with it. Nothing is half-read. */
export function readBackup(content: string): BackupReading {
  if (content.length > BACKUP_LIMITS.bytes) return { ok: false, problem: { kind: 'too-big', bytes: content.length } };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: (error as Error).message } };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'not-ours' } };
  }
  if (head.version !== BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'unknown-version', version: String(head.version) } };
  }
  // Counted before every record is checked: a file far too large is refused at once.
  for (const what of ['contacts', 'interactions'] as const) {
    const records = (json as Record<string, unknown>)[what];
    const limit = BACKUP_LIMITS[what];
    if (Array.isArray(records) && records.length > limit) {
      return { ok: false, problem: { kind: 'too-many', what, count: records.length, limit } };
    }
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { kind: 'bad-field', path: pathOf(issue.path), detail: issue.message } };
  }
  const backup = parsed.data;
  const keys = new Set<string>();
  for (const contact of backup.contacts) {
    if (keys.has(contact.key)) return { ok: false, problem: { kind: 'duplicate', key: contact.key } };
    keys.add(contact.key);
  }
  const orphan = backup.interactions.find((interaction) => !keys.has(interaction.contactKey));
  if (orphan) return { ok: false, problem: { kind: 'orphan', id: orphan.id } };
  return { ok: true, backup };
}

/** What an import does, worked out before anything is written; `apply` writes it in one transaction. */
export interface ImportPlan {
  /** Contacts to write (new, updated, or with aliases linked), before their derived fields. */
  contacts: Contact[];
  interactions: Interaction[];
  templates: Template[];
  /** Settings to restore, when the user never saved any of their own. */
  settings: Settings | null;
  summary: {
    added: string[];
    updated: string[];
    /** Changed on both sides, and newer here: the user's own version was kept. Names. */
    conflicts: string[];
    unchanged: number;
    interactionsAdded: number;
    templatesAdded: number;
  };
}

const sameContact = (a: BackupContact, b: BackupContact) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges a backup into what is stored, person by person (by key, or any alias: the same person saved under an
 * older slug): a person only in the file is added; one changed only in the file, or changed later there, is
 * updated; one changed later here is kept as it is (a conflict, named in the summary). Aliases (but none of
 * another stored person's) and tags are joined either way, and timeline entries are added by id, so that
 * nothing anyone wrote is lost. Two stored people are never joined.
 */
export function planImport(
  stored: Omit<Everything, 'settings'> & { settings: Settings | null },
  backup: Backup,
): ImportPlan {
  const storedByAlias = new Map<string, Contact>();
  for (const contact of stored.contacts) for (const alias of contact.aliases) storedByAlias.set(alias, contact);

  const summary: ImportPlan['summary'] = {
    added: [],
    updated: [],
    conflicts: [],
    unchanged: 0,
    interactionsAdded: 0,
    templatesAdded: 0,
  };
  const added: Contact[] = [];
  // Stored people's new versions, by key: two of the file's people may land on one stored person (under two
  // of their aliases), and the second then merges into what the first made, whatever the order.
  const changed = new Map<string, Contact>();
  // The stored key each of the file's contacts lands on.
  const keyInStore = new Map<string, string>();
  for (const incoming of backup.contacts) {
    const found = [incoming.key, ...incoming.aliases].map((alias) => storedByAlias.get(alias)).find(Boolean);
    const derived = { lastContactAt: null, dueAt: null, timelineWords: '' };
    if (!found) {
      added.push({ ...incoming, ...derived });
      summary.added.push(incoming.name || incoming.key);
      keyInStore.set(incoming.key, incoming.key);
      continue;
    }
    const existing = changed.get(found.key) ?? found;
    keyInStore.set(incoming.key, existing.key);
    const mine = toBackupContact(existing);
    // The file's aliases are linked, but never one another stored person holds: that would make the two one
    // person by the next page that shows it, and only the user joins two people.
    const theirs = incoming.aliases.filter((alias) => (storedByAlias.get(alias)?.key ?? existing.key) === existing.key);
    const aliases = [...new Set([...mine.aliases, ...theirs])];
    if (sameContact(mine, { ...incoming, key: mine.key, aliases: mine.aliases })) {
      if (aliases.length > mine.aliases.length) changed.set(existing.key, { ...existing, aliases });
      summary.unchanged++;
    } else if (incoming.updatedAt > existing.updatedAt) {
      const tags = normalizeTags([...incoming.tags, ...existing.tags]);
      // No cadenceDays (or cadenceFromTagsOnly) in the file means "inherit": the stored ones must not survive.
      const { cadenceDays: _inherited, cadenceFromTagsOnly: _tagsOnly, ...base } = existing;
      changed.set(existing.key, { ...base, ...incoming, ...derived, key: existing.key, aliases, tags });
      summary.updated.push(incoming.name || incoming.key);
    } else {
      changed.set(existing.key, { ...existing, aliases });
      summary.conflicts.push(existing.name || existing.key);
    }
  }
  const contacts = [...added, ...changed.values()];

  const storedInteractions = new Map(stored.interactions.map((interaction) => [interaction.id, interaction]));
  const interactions: Interaction[] = [];
  for (const incoming of backup.interactions) {
    const mine = storedInteractions.get(incoming.id);
    if (mine && mine.updatedAt >= incoming.updatedAt) continue;
    if (!mine) summary.interactionsAdded++;
    interactions.push({ ...incoming, contactKey: mine?.contactKey ?? keyInStore.get(incoming.contactKey)! });
  }

  const storedTemplates = new Set(stored.templates.map((template) => template.id));
  const templates = backup.templates.filter((template) => !storedTemplates.has(template.id));
  summary.templatesAdded = templates.length;

  return { contacts, interactions, templates, settings: stored.settings ? null : backup.settings, summary };
}

const MONTH_MS = 30 * 86_400_000;

/**
 * Whether to remind the user to back up: they have had data for over a month, and their last backup (if any)
 * is over a month old.
 */
export function backupReminderDue(lastBackupAt: number | null, oldestRecordAt: number | null, now: number): boolean {
  if (oldestRecordAt === null || now - oldestRecordAt < MONTH_MS) return false;
  return lastBackupAt === null || now - lastBackupAt > MONTH_MS;
}

/** The backup's file name, with the local date: keep-in-touch-2026-11-23.json. */
export function backupFileName(now: number, extension: 'json' | 'csv'): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `keep-in-touch-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
