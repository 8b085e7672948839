/**
 * Backups and imports against the database: everything read in one transaction, an import written in one
 * transaction (all or nothing), LinkedIn's Connections.csv merged in, and a wipe. The rules are pure and live in
 * utils/backup and utils/linkedin/connections.ts; people are written through the people store.
 */
import { normalizeTags } from '../contacts';
import { aliasesOf, personFieldsFromProfile } from '../model/profile';
import { BACKUP_LIMITS, type BackupProblem } from '../backup/file';
import { backupText, openBackup, readPeople, type OpenedBackup } from '../backup/format';
import { importPlanner, type Everything, type ImportRecords, type ImportSummary } from '../backup/planner';
import { decodeText } from '../decode-text';
import type { ImportProgress, ReminderChoice } from '../import-transfer';
import { parseConnections, type Connection } from '../linkedin/connections';
import { spreadDueDays } from '../followups';
import { newPerson, setFields, type PersonDoc } from '../model/person';
import { personFromJson } from '../model/person-json';
import { SHIPPED_TEMPLATES } from '../shipped-templates';
import { dayOf, noonOfDay } from '../time';
import type { ContactsDatabase } from './database';
import { preparePeople, savePeople, writePeople } from './people/write';
import { loadSettings, loadSettingsDoc, saveSettingsDoc, updateSettings } from './settings-store';
import { newSyncMark, withoutMark } from './sync-mark';

/** Everything stored, read at one moment: every person (deleted ones too), template and the settings. */
export function readEverything(db: ContactsDatabase): Promise<Everything> {
  return db.transaction('r', db.people, db.templates, db.goals, db.settings, async () => {
    // Asked for at once: the browser answers them back to back, not one round trip after another.
    const [people, templates, goals, saved] = await Promise.all([
      db.people.toArray(),
      db.templates.toArray(),
      db.goals.toArray(),
      db.settings.get('settings'),
    ]);
    return {
      people: people.map((person) => personFromJson(person.json)),
      templates: templates.map(withoutMark),
      goals: goals.map(withoutMark),
      settings: saved ? await loadSettingsDoc(db) : null,
    };
  });
}

/**
 * The backup file of everything stored, read at one moment: the live people's texts as stored (by key, as
 * IndexedDB keeps them), the templates, and the settings (the defaults when the user never saved any).
 */
export function exportBackup(db: ContactsDatabase): Promise<string> {
  return db.transaction('r', db.people, db.templates, db.goals, db.settings, async () => {
    const [people, templates, goals, settings] = await Promise.all([
      db.people.toArray(),
      db.templates.toArray(),
      db.goals.toArray(),
      loadSettingsDoc(db),
    ]);
    const peopleJson = people.filter((person) => person.alive === 1).map((person) => person.json);
    return backupText({ peopleJson, templates: templates.map(withoutMark), goals: goals.map(withoutMark), settings });
  });
}

/** The user cancelled an import: its transaction is undone, and nothing of it stays. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** How an import tells how far it is, and learns that the user cancelled it. */
export interface ImportControl {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** People per batch: small enough to tell progress and notice a cancel often, large enough to stay fast. */
  batchSize?: number;
}

/** A file's person was found bad part way through an import: its transaction is undone, and the file refused. */
class BackupRefused extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`The backup was refused: ${problem.kind}.`);
    this.name = 'BackupRefused';
  }
}

/** What an import writes, whatever it came from: the records but people, and the people batch by batch. */
export interface ImportWrite {
  records: ImportRecords;
  /** How many people there are to go through (the file's, or the plan's). */
  total: number;
  /** The documents to write for people `from` up to `to` (of `total`): checked and planned only now. */
  peopleIn: (from: number, to: number) => PersonDoc[];
  /** What the import did, whole once every batch is written. */
  summary: ImportSummary;
}

/**
 * Writes an import's records and people, inside writeImport's transaction. Two batches are in flight: while
 * the browser writes one, the next is checked, planned and handed over, so that the work in this worker
 * overlaps the writing.
 */
async function writeBatches(
  db: ContactsDatabase,
  { records, total, peopleIn }: ImportWrite,
  { onProgress, signal, batchSize = 1000 }: ImportControl,
): Promise<void> {
  if (records.settings) await saveSettingsDoc(db, records.settings);
  await db.templates.bulkPut(records.templates.map((template) => ({ ...template, ...newSyncMark() })));
  await db.goals.bulkPut(records.goals.map((goal) => ({ ...goal, ...newSyncMark() })));
  const settings = await loadSettings(db);
  let previous: Promise<void> = Promise.resolve();
  for (let done = 0; done < total; done += batchSize) {
    const batch = preparePeople(peopleIn(done, Math.min(done + batchSize, total)), settings);
    // Thrown inside the transaction: IndexedDB undoes everything it wrote.
    if (signal?.aborted) throw new ImportCancelled();
    // Nothing to write (people the file has as stored): no promise to wait for. Awaiting one that made no
    // IndexedDB request left the transaction idle, and it committed before the next batch (a test holds it).
    if (batch.records.length === 0) continue;
    const writing = writePeople(db, batch);
    // Awaited below, after the batch before it; a failure undoes the transaction either way.
    writing.catch(() => undefined);
    await previous;
    onProgress?.({ stage: 'writing', done, total });
    previous = writing;
  }
  await previous;
  if (signal?.aborted) throw new ImportCancelled();
  onProgress?.({ stage: 'writing', done: total, total });
}

/**
 * Runs an import in one read-write transaction over everything an import reads or writes: if anything fails,
 * or the user cancels, nothing of it is written. `start` runs first, inside the transaction, so that what it
 * reads of the store is what the import writes over. Answers what the import did.
 *
 * The scope is an async function of its own: Dexie keeps its transaction across native awaits only for one (it
 * asks the function's kind), and a plain arrow handing back the work's promise let the transaction commit early.
 */
export function writeImport(
  db: ContactsDatabase,
  start: () => ImportWrite | Promise<ImportWrite>,
  control: ImportControl = {},
): Promise<ImportSummary> {
  return db.transaction('rw', db.people, db.contacts, db.templates, db.goals, db.settings, async () => {
    const write = await start();
    await writeBatches(db, write, control);
    return write.summary;
  });
}

/**
 * Imports an opened backup file: its people checked and merged with what is stored a batch at a time, while
 * the batch before is written. What is stored is read in the same transaction as the import is written: an
 * edit saved meanwhile (a note in the panel, a person synced) waits for the import and follows it, instead of
 * coming between the reading and the writing and being overwritten by a merge with what was there before it.
 * A bad person anywhere undoes it all, and says why.
 */
function importBackup(db: ContactsDatabase, file: OpenedBackup, control: ImportControl): Promise<ImportSummary> {
  return writeImport(
    db,
    async () => {
      const planner = importPlanner(await readEverything(db), file);
      const peopleIn = (from: number, to: number) => {
        const reading = readPeople(file, from, to);
        if (!reading.ok) throw new BackupRefused(reading.problem);
        return planner.addPeople(reading.people);
      };
      return { records: planner.records, total: file.people.length, peopleIn, summary: planner.summary };
    },
    control,
  );
}

/** The rhythm of a tier, giving the tag the chosen one when it has none yet. */
async function tierCadence(db: ContactsDatabase, tag: string, chosen: number, now: number): Promise<number> {
  const settings = await loadSettings(db);
  const folded = tag.toLocaleLowerCase();
  const own = Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded);
  if (own) return own[1];
  await updateSettings(db, { tagCadences: { ...settings.tagCadences, [tag]: chosen } }, now);
  return chosen;
}

/** What a Connections.csv import did. */
export interface ConnectionsImported {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges LinkedIn's export in by contact key (or any alias): new people are added with what the file says;
 * known people gain when they connected and their email, and fields they have empty. The user's own edits stay.
 * New people get reminders as `reminders` says; with a tier, their first due days are spread over its rhythm.
 */
export function importConnections(
  db: ContactsDatabase,
  connections: readonly Connection[],
  reminders: ReminderChoice,
  now: number,
): Promise<ConnectionsImported> {
  return db.transaction('rw', db.people, db.contacts, db.settings, async () => {
    const result: ConnectionsImported = { added: 0, updated: 0, unchanged: 0 };
    const aliases = connections.flatMap((connection) => [connection.key, connection.profileId ?? connection.key]);
    const stored = await db.contacts.where('aliases').anyOf(aliases).distinct().primaryKeys();
    const docs = (await db.people.bulkGet(stored)).flatMap((record) => (record ? [personFromJson(record.json)] : []));
    const byAlias = new Map(docs.flatMap((doc) => doc.aliases.map((alias) => [alias, doc] as const)));
    const changed = new Map<string, PersonDoc>();
    const added: string[] = [];
    for (const connection of connections) {
      const found = byAlias.get(connection.key) ?? (connection.profileId && byAlias.get(connection.profileId));
      const existing = found ? (changed.get(found.key) ?? found) : undefined;
      const { key, slug, profileId } = connection;
      const blank = {
        layout: 'unknown',
        key,
        slug,
        profileId,
        name: '',
        headline: '',
        company: '',
        location: '',
      } as const;
      const profile = { ...blank, photoUrl: '' };
      const base = existing ?? newPerson(key, personFieldsFromProfile(profile, aliasesOf(profile)), now);
      const next = setFields(
        base,
        {
          name: base.name || connection.name,
          headline: base.headline || connection.position,
          company: base.company || connection.company,
          email: connection.email || base.email,
          connectedAt: connection.connectedAt ?? base.connectedAt,
        },
        now,
      );
      if (!existing) added.push(next.key);
      else if (next === base) result.unchanged++;
      else result.updated++;
      if (!existing || next !== base) changed.set(next.key, next);
    }
    result.added = added.length;
    // Reminders for the people added, in the file's order (LinkedIn's: the newest connections first).
    if (reminders.kind === 'tier') {
      const tag = normalizeTags([reminders.tag])[0]!;
      const days = spreadDueDays(added.length, await tierCadence(db, tag, reminders.cadenceDays, now), dayOf(now));
      added.forEach((key, index) => {
        changed.set(key, setFields(changed.get(key)!, { tags: [tag], followUpOn: noonOfDay(days[index]!) }, now));
      });
    } else {
      for (const key of added) changed.set(key, setFields(changed.get(key)!, { cadenceFromTagsOnly: true }, now));
    }
    await savePeople(db, [...changed.values()], await loadSettings(db));
    return result;
  });
}

/** Deletes every contact, timeline, template, goal and setting: the extension as freshly installed. */
export function wipeEverything(db: ContactsDatabase): Promise<void> {
  const tables = [db.people, db.contacts, db.templates, db.goals, db.focus, db.settings];
  return db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await db.templates.bulkAdd(SHIPPED_TEMPLATES.map((template) => ({ ...template, updatedAt: 0, ...newSyncMark(0) })));
  });
}

/** What importing a file did, or why it did nothing. */
export type ImportOutcome =
  | { kind: 'backup'; summary: ImportSummary }
  | { kind: 'cancelled' }
  | { kind: 'connections'; result: ConnectionsImported; skipped: number; reminders: ReminderChoice }
  | { kind: 'refused'; problem: BackupProblem | { kind: 'unknown-file' } };

/** A JSON backup, or else LinkedIn's CSV: decided by the first character, whatever the file is called. */
function looksLikeJson(content: string): boolean {
  return /^\s*[[{]/.test(content);
}

/**
 * Imports a file the user chose, as its bytes: a backup (merged in, all or nothing) or LinkedIn's Connections.csv
 * in whatever encoding Excel left it. A file that is neither, or a bad backup, changes nothing and says why.
 * Runs in the background (entrypoints/background/imports.ts).
 */
export async function importFile(
  db: ContactsDatabase,
  file: Uint8Array,
  reminders: ReminderChoice,
  now: number,
  control: ImportControl = {},
): Promise<ImportOutcome> {
  if (file.length > BACKUP_LIMITS.bytes) return { kind: 'refused', problem: { kind: 'too-big', bytes: file.length } };
  control.onProgress?.({ stage: 'reading', done: 0, total: file.length });
  const content = decodeText(file);
  try {
    if (looksLikeJson(content)) {
      const opening = openBackup(content);
      if (!opening.ok) return { kind: 'refused', problem: opening.problem };
      return { kind: 'backup', summary: await importBackup(db, opening.file, control) };
    }
    const connections = parseConnections(content);
    if (!connections) return { kind: 'refused', problem: { kind: 'unknown-file' } };
    if (control.signal?.aborted) throw new ImportCancelled();
    const result = await importConnections(db, connections.connections, reminders, now);
    return { kind: 'connections', result, skipped: connections.skipped, reminders };
  } catch (error) {
    // Dexie may hand back what was thrown in a transaction as its `inner` error.
    const thrown = (error as { inner?: unknown }).inner ?? error;
    if (thrown instanceof ImportCancelled) return { kind: 'cancelled' };
    if (thrown instanceof BackupRefused) return { kind: 'refused', problem: thrown.problem };
    throw error;
  }
}
