/**
 * The backup file as this version writes it (format 2): everything the user has, as one versioned JSON file
 * they can keep, read and bring back. Pure: writing a file, and opening one of either format (format 1's
 * contacts are made documents by format-1.ts) with each person checked as their turn to be imported comes.
 *
 * Format 2 holds each person as their document (utils/model/person.ts), with the time each field and entry
 * changed, so that an import merges with what is stored as sync does (mergeVersions). Derived fields (last
 * contact, due time, timeline words) are not in the file, so that export → wipe → import → export gives the
 * same file, byte for byte.
 */
import * as z from 'zod/mini';
import { isWithinBound } from '../date-input';
import { sortedKeys } from '../model/canonical';
import { personToJson } from '../model/person-json';
import { isAlive, type Person } from '../model/person';
import { DEFAULT_SETTINGS } from '../settings';
import { SETTINGS_FIELDS, type GoalDoc, type SettingsDoc, type TemplateDoc } from '../model/records';
import { PersonSchema, SettingsDocSchema, TemplateDocSchema } from '../model/schemas';
import { GoalDocSchema } from '../plan/goal-schema';
import { BACKUP_FORMAT, BACKUP_LIMITS, type Backup, type BackupProblem } from './file';
import { BackupFormat1, fromFormat1 } from './format-1';

const BACKUP_VERSION = 2;

// zod/mini carries no messages of its own: the English ones say what a bad field should have been
// ("expected number, received string"), after the dashboard's own words in the user's language.
z.config(z.locales.en());

/** Format 2 but for each person, who is checked when their turn to be imported comes (readPeople). */
const BackupFormat2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  people: z.array(z.unknown()).check(z.maxLength(BACKUP_LIMITS.contacts)),
  templates: z.array(TemplateDocSchema).check(z.maxLength(10_000)),
  // Files written before goals existed have none.
  goals: z._default(z.array(GoalDocSchema).check(z.maxLength(10_000)), []),
  settings: SettingsDocSchema,
});

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

/**
 * A backup file opened: everything in it checked but its people, who are checked in batches as they are
 * imported (readPeople), so that checking the next thousand overlaps the browser writing the last.
 */
export interface OpenedBackup extends Omit<Backup, 'people'> {
  /** The file's people as it lists them (format 1's converted to documents), each checked by readPeople. */
  people: readonly unknown[];
}

export type OpeningBackup = { ok: true; file: OpenedBackup } | { ok: false; problem: BackupProblem };
export type PeopleReading = { ok: true; people: Person[] } | { ok: false; problem: BackupProblem };

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
  } catch {
    // The parser's words ("Unexpected token…") say nothing to a person: the file is damaged or cut short.
    return { ok: false, problem: { kind: 'not-json' } };
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
    const parsed = BackupFormat1.safeParse(json);
    if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues) };
    const reading = fromFormat1(parsed.data);
    return reading.ok ? { ok: true, file: reading.backup } : reading;
  }
  const parsed = BackupFormat2.safeParse(json);
  if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues) };
  const shared = sharedKey(parsed.data.people);
  if (shared !== undefined) return { ok: false, problem: { kind: 'duplicate', key: shared } };
  const { people, templates, goals, settings: read } = parsed.data;
  // A backup from before the side panel came says nothing of where the panel lives: the default.
  const settings = { ...read, panelPlace: read.panelPlace ?? DEFAULT_SETTINGS.panelPlace };
  return { ok: true, file: { people, templates, goals, settings } };
}

/**
 * The first day in a person that the panel would refuse as in the future (a live entry's, or the last contact),
 * by its path in the person; none when every day is today or earlier. The same bound as every other way in.
 */
function futureDateIn(person: Person, now: number): { path: PropertyKey[]; at: number } | null {
  const isFuture = (at: number | null) => at !== null && !isWithinBound(at, 'not-future', now);
  if (isFuture(person.contactedAt)) return { path: ['contactedAt'], at: person.contactedAt! };
  const index = person.timeline.findIndex((version) => !version.deleted && isFuture(version.at));
  return index === -1 ? null : { path: ['timeline', index, 'at'], at: person.timeline[index]!.at };
}

/**
 * The opened file's people from `from` up to `to`, checked as of `now`: documents, or what is wrong with the
 * first bad one.
 */
export function readPeople(file: OpenedBackup, from: number, to: number, now: number): PeopleReading {
  const checked: Person[] = [];
  for (const [index, listed] of file.people.slice(from, to).entries()) {
    const at = ['people', from + index];
    const parsed = PersonSchema.safeParse(listed);
    if (!parsed.success) return { ok: false, problem: badField(parsed.error.issues, at) };
    const person = parsed.data as Person;
    const future = futureDateIn(person, now);
    if (future) {
      const path = pathOf([...at, ...future.path]);
      return { ok: false, problem: { kind: 'future-date', path, at: future.at, who: person.name || person.key } };
    }
    checked.push(person);
  }
  return { ok: true, people: checked };
}
