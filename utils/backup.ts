/**
 * The backup file: everything the user has, as one versioned JSON file they can keep, read and bring back.
 * Pure: reading a file (this version's, or format 1 of schema v4's days), writing one, and deciding what an
 * import adds, updates and leaves (importPlanner), a batch of the file's people at a time.
 *
 * Format 2 holds each person as their document (utils/model/person.ts), with the time each field and entry
 * changed, so that an import merges with what is stored as sync does (mergeVersions). Derived fields (last
 * contact, due time, timeline words) are not in the file, so that export → wipe → import → export gives the
 * same file, byte for byte.
 */
import * as z from 'zod/mini';
import { timelinesByContact } from './contacts';
import { personFromContact } from './model/from-contact';
import { sameContent, sortedKeys } from './model/canonical';
import { mergeVersions } from './model/merge';
import { personToJson } from './model/person-json';
import { isAlive, PERSON_FIELDS, type PersonDoc } from './model/person';
import {
  mergeGoals,
  mergeSettings,
  mergeTemplates,
  SETTINGS_FIELDS,
  type GoalDoc,
  type SettingsDoc,
  type TemplateDoc,
} from './model/records';
import {
  BackupContactSchema,
  BackupInteractionSchema,
  PersonSchema,
  SettingsDocSchema,
  SettingsFields,
  TemplateDocSchema,
  TemplateFields,
} from './model/schemas';
import { visibleEntries } from './model/timeline';
import { GoalDocSchema } from './plan/goal-schema';
import { BUNDLED_TEMPLATES } from './templates';

export const BACKUP_FORMAT = 'keep-in-touch-backup';
export const BACKUP_VERSION = 2;

/** Past these a file is refused before it freezes the page or fills the disk. */
export const BACKUP_LIMITS = { bytes: 100 * 1024 * 1024, contacts: 100_000, interactions: 1_000_000 };

// zod/mini carries no messages of its own: the English ones say what a bad field should have been
// ("expected number, received string"), after the dashboard's own words in the user's language.
z.config(z.locales.en());

const BackupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  contacts: z.array(BackupContactSchema).check(z.maxLength(BACKUP_LIMITS.contacts)),
  interactions: z.array(BackupInteractionSchema).check(z.maxLength(BACKUP_LIMITS.interactions)),
  templates: z.array(z.object(TemplateFields)).check(z.maxLength(10_000)),
  settings: z.object(SettingsFields),
});

/** Format 2 but for each person, who is checked when their turn to be imported comes (readPeople). */
const BackupV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  people: z.array(z.unknown()).check(z.maxLength(BACKUP_LIMITS.contacts)),
  templates: z.array(TemplateDocSchema).check(z.maxLength(10_000)),
  // Files written before goals existed have none.
  goals: z._default(z.array(GoalDocSchema).check(z.maxLength(10_000)), []),
  settings: SettingsDocSchema,
});

export type BackupContact = z.infer<typeof BackupContactSchema>;

/** What a backup holds, whichever format it came in: documents, as the store keeps them. */
export interface Backup {
  people: PersonDoc[];
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc;
}

/** Everything stored, as an export writes it and an import merges into it. `settings` null: never saved. */
export interface Everything {
  people: PersonDoc[];
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc | null;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a backup file is written from: each live person as their canonical JSON (person-json.ts), by key. */
export interface BackupText {
  peopleJson: string[];
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc;
}

/**
 * The backup file's text, in a fixed order, so that the same data gives the same file: the people's texts as
 * they are (the store keeps them so), the templates by id, the settings' fields in their order. Without
 * indentation: a third smaller, and as quick to write and read; any JSON viewer lays it out.
 */
export function backupText({ peopleJson, templates, goals, settings }: BackupText): string {
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION }).slice(0, -1);
  const rest = JSON.stringify({
    templates: templates
      .map(({ id, name, kind, language, body, updatedAt, deleted }) => ({
        id,
        name,
        kind,
        language,
        body,
        updatedAt,
        ...(deleted && { deleted }),
      }))
      .sort((a, b) => byCodeUnits(a.id, b.id)),
    goals: goals
      .map(
        ({ id, title, why, give, who, measure, target, per, deadline, createdAt, updatedAt, archived, deleted }) => ({
          ...{ id, title, why, give, who, measure, target, per, deadline, createdAt, updatedAt, archived },
          ...(deleted && { deleted }),
        }),
      )
      .sort((a, b) => byCodeUnits(a.id, b.id)),
    settings: {
      ...Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, settings[field]])),
      changedAt: sortedKeys(settings.changedAt),
    },
  }).slice(1);
  return `${head},"people":[${peopleJson.join(',')}],${rest}\n`;
}

/** The backup file's text for these documents: the live people, by key. */
export function writeBackup(data: Backup): string {
  const people = data.people.filter(isAlive).sort((a, b) => byCodeUnits(a.key, b.key));
  return backupText({ ...data, peopleJson: people.map(personToJson) });
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

/**
 * A backup file opened: everything in it checked but its people, who are checked in batches as they are
 * imported (readPeople), so that checking the next thousand overlaps the browser writing the last.
 */
export interface OpenedBackup extends Omit<Backup, 'people'> {
  /** The file's people as it lists them (format 1's converted to documents), each checked by readPeople. */
  people: readonly unknown[];
}

export type OpeningBackup = { ok: true; file: OpenedBackup } | { ok: false; problem: BackupProblem };
export type PeopleReading = { ok: true; people: PersonDoc[] } | { ok: false; problem: BackupProblem };

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .slice(1);
}

/** The records a file lists, counted before each is checked: a file far too large is refused at once. */
function tooMany(json: Record<string, unknown>): BackupProblem | null {
  const counts = {
    contacts: Array.isArray(json.contacts) ? json.contacts.length : Array.isArray(json.people) ? json.people.length : 0,
    interactions: Array.isArray(json.interactions)
      ? json.interactions.length
      : Array.isArray(json.people)
        ? json.people.reduce(
            (sum: number, person) => sum + ((person as { timeline?: unknown[] })?.timeline?.length ?? 0),
            0,
          )
        : 0,
  };
  for (const what of ['contacts', 'interactions'] as const) {
    if (counts[what] > BACKUP_LIMITS[what]) {
      return { kind: 'too-many', what, count: counts[what], limit: BACKUP_LIMITS[what] };
    }
  }
  return null;
}

/**
 * Format 1 as documents: each contact with their entries, every field as changed when the contact was; the
 * templates and settings as older than anything the user changed since (only defaults lose to them).
 */
function fromVersion1(backup: z.infer<typeof BackupV1>): BackupReading {
  const keys = new Set<string>();
  for (const contact of backup.contacts) {
    if (keys.has(contact.key)) return { ok: false, problem: { kind: 'duplicate', key: contact.key } };
    keys.add(contact.key);
  }
  const orphan = backup.interactions.find((interaction) => !keys.has(interaction.contactKey));
  if (orphan) return { ok: false, problem: { kind: 'orphan', id: orphan.id } };
  const timelines = timelinesByContact(backup.interactions);
  const asShipped = (template: (typeof backup.templates)[number]) =>
    BUNDLED_TEMPLATES.some((shipped) => sameContent(shipped, template));
  return {
    ok: true,
    backup: {
      people: backup.contacts.map((contact) => personFromContact(contact, timelines.get(contact.key) ?? [])),
      templates: backup.templates.map((template) => ({ ...template, updatedAt: asShipped(template) ? 0 : 1 })),
      goals: [],
      settings: { ...backup.settings, changedAt: Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, 1])) },
    },
  };
}

/** The first problem zod found, where it is in the file: `people[3].timeline[0].at`. */
function badField(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[] = []): BackupProblem {
  const issue = issues[0]!;
  return { kind: 'bad-field', path: pathOf([...at, ...issue.path]), detail: issue.message };
}

/** The first key two of the file's people share, if any: two records of one person. */
function sharedKey(people: readonly unknown[]): string | undefined {
  const keys = new Set<unknown>();
  for (const person of people) {
    const key = (person as { key?: unknown } | null)?.key;
    if (typeof key !== 'string') continue;
    if (keys.has(key)) return key;
    keys.add(key);
  }
  return undefined;
}

/**
 * Opens a backup file's text, or says exactly what is wrong with it: everything but each person of format 2
 * is checked here (readPeople checks them). A file that is too big is refused by its size and counts first.
 */
export function openBackup(content: string): OpeningBackup {
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
  if (head.version !== 1 && head.version !== 2) {
    return { ok: false, problem: { kind: 'unknown-version', version: String(head.version) } };
  }
  const problem = tooMany(json as Record<string, unknown>);
  if (problem) return { ok: false, problem };
  if (head.version === 1) {
    const parsed = BackupV1.safeParse(json);
    if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues) };
    const reading = fromVersion1(parsed.data);
    return reading.ok ? { ok: true, file: reading.backup } : reading;
  }
  const parsed = BackupV2.safeParse(json);
  if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues) };
  const shared = sharedKey(parsed.data.people);
  if (shared !== undefined) return { ok: false, problem: { kind: 'duplicate', key: shared } };
  const { people, templates, goals, settings } = parsed.data;
  return { ok: true, file: { people, templates, goals, settings } };
}

/** The opened file's people from `from` up to `to`, checked: documents, or what is wrong with the first bad one. */
export function readPeople(file: OpenedBackup, from: number, to: number): PeopleReading {
  const checked: PersonDoc[] = [];
  for (const [index, person] of file.people.slice(from, to).entries()) {
    const parsed = PersonSchema.safeParse(person);
    if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues, ['people', from + index]) };
    checked.push(parsed.data as PersonDoc);
  }
  return { ok: true, people: checked };
}

/** What an import writes besides people: templates, goals, and the settings when they change. */
export interface ImportRecords {
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc | null;
}

/** What an import did, as the user is told. */
export interface ImportSummary {
  added: string[];
  updated: string[];
  /** Changed here after the backup: the newer fields here were kept. Names. */
  conflicts: string[];
  unchanged: number;
  interactionsAdded: number;
  templatesAdded: number;
  goalsAdded: number;
}

/** An import planned batch by batch: what to write of the file's records but people, and its people. */
export interface ImportPlanner {
  records: ImportRecords;
  /** Plans the file's next people: answers the documents they change, to write now (one per key). */
  addPeople(people: readonly PersonDoc[]): PersonDoc[];
  /** What the import does, as far as the people added so far go; whole once every batch is added. */
  summary: ImportSummary;
}

/**
 * A file's records kept whole (templates, goals) merged into the stored ones by id: those that change, and how
 * many are new to this computer.
 */
function mergeRecords<T extends { id: string; deleted?: true }>(
  stored: readonly T[],
  incoming: readonly T[],
  merge: (a: T, b: T) => T,
): { changed: T[]; added: number } {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const changed: T[] = [];
  let added = 0;
  for (const theirs of incoming) {
    const mine = storedById.get(theirs.id);
    const merged = mine ? merge(mine, theirs) : theirs;
    if (mine && sameContent(merged, mine)) continue;
    if (!mine && !theirs.deleted) added++;
    changed.push(merged);
  }
  return { changed, added };
}

/** Whether any field of the file's person lost to a different, newer value here. */
function keptNewerHere(incoming: PersonDoc, merged: PersonDoc): boolean {
  return PERSON_FIELDS.some(
    (field) =>
      field !== 'aliases' &&
      !sameContent(incoming[field], merged[field]) &&
      (merged.changedAt[field] ?? 0) > (incoming.changedAt[field] ?? 0),
  );
}

/**
 * Merges a backup into what is stored, person by person (by key, or any alias: the same person saved under an
 * older slug) with mergeVersions: per field the newer wins, timelines join by entry, a deletion here beats the
 * file's older edits. The file's aliases are linked, but never one another stored person holds: that would
 * make the two one person by the next page that shows it, and only the user joins two people.
 *
 * A batch of people at a time, so that a large file is checked and merged while the browser writes the batch
 * before. The people of one batch may land on a stored person an earlier batch changed: they merge into that
 * person's new version, which is written again, so that any batching plans as the whole file at once does.
 */
export function importPlanner(stored: Everything, backup: Omit<Backup, 'people'>): ImportPlanner {
  const storedByKey = new Map(stored.people.map((doc) => [doc.key, doc]));
  const liveByAlias = new Map<string, PersonDoc>();
  for (const doc of stored.people) if (isAlive(doc)) for (const alias of doc.aliases) liveByAlias.set(alias, doc);

  const templates = mergeRecords(stored.templates, backup.templates, mergeTemplates);
  const goals = mergeRecords(stored.goals, backup.goals, mergeGoals);
  const settings = stored.settings ? mergeSettings(stored.settings, backup.settings) : backup.settings;
  const summary: ImportSummary = {
    added: [],
    updated: [],
    conflicts: [],
    unchanged: 0,
    interactionsAdded: 0,
    templatesAdded: templates.added,
    goalsAdded: goals.added,
  };
  // Stored people's new versions, by key: two of the file's people may land on one stored person (under two
  // of their aliases), and the second then merges into what the first made, whatever the order.
  const changed = new Map<string, PersonDoc>();

  /** The version of one of the file's people to write, if it changes anything; the summary counts it. */
  function plan(incoming: PersonDoc): PersonDoc | null {
    const found =
      storedByKey.get(incoming.key) ??
      [incoming.key, ...incoming.aliases].map((alias) => liveByAlias.get(alias)).find(Boolean);
    if (!found) {
      summary.added.push(incoming.name || incoming.key);
      summary.interactionsAdded += visibleEntries(incoming.timeline).length;
      return incoming;
    }
    const existing = changed.get(found.key) ?? found;
    const ownAliases = incoming.aliases.filter(
      (alias) => (liveByAlias.get(alias)?.key ?? existing.key) === existing.key,
    );
    const theirs = { ...incoming, key: existing.key, aliases: ownAliases.length > 0 ? ownAliases : existing.aliases };
    const merged = mergeVersions(existing, theirs);
    const conflict = keptNewerHere(theirs, merged);
    if (conflict) summary.conflicts.push(existing.name || existing.key);
    if (sameContent(merged, existing)) {
      if (!conflict) summary.unchanged++;
      return null;
    }
    const before = new Set(visibleEntries(existing.timeline).map(({ version }) => version.id));
    summary.interactionsAdded += visibleEntries(merged.timeline).filter(
      ({ version }) => !before.has(version.id),
    ).length;
    if (!conflict) summary.updated.push(merged.name || merged.key);
    return merged;
  }

  return {
    records: {
      templates: templates.changed,
      goals: goals.changed,
      settings: stored.settings && sameContent(settings, stored.settings) ? null : settings,
    },
    addPeople(people) {
      const batch = new Map<string, PersonDoc>();
      for (const incoming of people) {
        const next = plan(incoming);
        if (!next) continue;
        changed.set(next.key, next);
        batch.set(next.key, next);
      }
      return [...batch.values()];
    },
    summary,
  };
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
