/**
 * The laws of importing a backup, checked by fast-check over random backups and random stored data (itself put
 * there by an import, so that every state is one the extension can reach). Aliases, keys and entry ids are drawn
 * from small pools, so that the stored people and the file's share them often: the cases a hand-written test
 * would not think of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '@/utils/backup/file';
import { writeBackup } from '@/utils/backup/format';
import { fieldsOfContact, type BackupContact } from '@/utils/backup/format-1';
import { readEverything } from '@/utils/db/backup/export';
import { importFile } from '@/utils/db/backup/import';
import { wipeEverything } from '@/utils/db/backup/wipe';
import type { Database } from '@/utils/db/database';
import { isAlive, type Person } from '@/utils/model/person';
import { DEFAULT_SETTINGS_DOC } from '@/utils/model/records';
import { timelineOf } from '@/utils/model/views';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { storedEntries } from '../../helpers/stored';
import { applyImport, planImport, readBackup } from '../../helpers/whole-import';
import { testDatabase } from '../../helpers/test-database';
import { ENTRY_TYPES, type Entry } from '@/utils/model/entry';

/** A backup file as format 1 wrote it (schema v4's days): the files users have, which every import reads. */
interface FileV1 {
  format: string;
  version: 1;
  contacts: BackupContact[];
  interactions: Omit<Entry, 'rev' | 'otherTexts'>[];
  templates: [];
  settings: typeof DEFAULT_SETTINGS;
}

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
// Each run opens a database of its own: 30 runs of a law take a second or two (200 passed when written).
// No shrinking: with a database per run it takes minutes; the first counterexample is printed whole.
const RUNS = { numRuns: 30, endOnFailure: true };

const ALIASES = ['aino', 'mikko', 'liisa', 'ACoAAaino', 'member:11', 'member:22', 'old-aino', 'eino', 'jaana'];
const ENTRY_IDS = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
/** Few distinct times, so that "newer" and "the same age" both come up. */
const time = fc.integer({ min: 0, max: 4 }).map((days) => BASE + days * DAY);
/** When the imports run: after every day the files hold, as a real backup's days are. */
const NOW = BASE + 5 * DAY;

/** One person's fields other than identity. */
const person = fc.record({
  name: fc.constantFrom('', 'Aino Virtanen', 'Mikko Korhonen', 'Åsa Ähtäri'),
  headline: fc.constantFrom('', 'Designer', 'Data engineer'),
  company: fc.constantFrom('', 'Revontuli Oy', 'Kide'),
  location: fc.constantFrom('', 'Tampere'),
  photoUrl: fc.constantFrom('', 'https://media.licdn.com/p.jpg'),
  email: fc.constantFrom('', 'aino@example.fi'),
  tags: fc.subarray(['mentors', 'alumni', 'Design']),
  contactedAt: fc.option(time, { nil: null }),
  cadenceDays: fc.option(fc.option(fc.constantFrom(7, 30, 365), { nil: null }), { nil: undefined }),
  cadenceFromTagsOnly: fc.option(fc.constant(true as const), { nil: undefined }),
  followUpOn: fc.option(time, { nil: null }),
  snoozedUntil: fc.option(time, { nil: null }),
  connectedAt: fc.option(time, { nil: null }),
  lastSeen: fc.option(fc.record({ headline: fc.constantFrom('', 'Designer'), company: fc.constantFrom('', 'Kide') }), {
    nil: null,
  }),
  createdAt: time,
  updatedAt: time,
});

/**
 * A valid backup: people whose aliases are drawn from the pool without repeats (each alias names one person of
 * the file, its first being the key), and timeline entries on them.
 */
const backupFile = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...ALIASES), { maxLength: ALIASES.length }),
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: ALIASES.length, maxLength: ALIASES.length }),
    fc.array(person, { minLength: ALIASES.length, maxLength: ALIASES.length }),
    fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ENTRY_IDS),
        owner: fc.nat(),
        type: fc.constantFrom(...ENTRY_TYPES),
        text: fc.constantFrom('', 'Kahvit', 'Lounas Oulussa'),
        at: time,
        createdAt: time,
        updatedAt: time,
      }),
      { selector: (entry) => entry.id, maxLength: ENTRY_IDS.length },
    ),
    fc.string({ maxLength: 10 }),
  )
  .map(([aliases, sizes, people, entries, myName]): string => {
    const contacts: BackupContact[] = [];
    for (let at = 0, index = 0; at < aliases.length; at += sizes[index]!, index++) {
      const own = aliases.slice(at, at + sizes[index]!);
      contacts.push({ key: own[0]!, aliases: own, ...people[index]! });
    }
    const interactions = contacts.length
      ? entries.map(({ owner, ...entry }) => ({ ...entry, contactKey: contacts[owner % contacts.length]!.key }))
      : [];
    const backup: FileV1 = {
      format: BACKUP_FORMAT,
      version: 1,
      contacts,
      interactions,
      templates: [],
      settings: { ...DEFAULT_SETTINGS, myName },
    };
    // Through the file's text, as a user's file comes: undefined fields are not in it.
    return JSON.stringify(backup);
  });

async function importBackup(db: Database, text: string) {
  const reading = readBackup(text);
  if (!reading.ok) throw new Error(`The generator made a bad backup: ${JSON.stringify(reading.problem)}`);
  const plan = planImport(await readEverything(db), reading.backup);
  await applyImport(db, plan);
  return plan.summary;
}

async function exported(db: Database): Promise<string> {
  const everything = await readEverything(db);
  return writeBackup({ ...everything, settings: everything.settings ?? DEFAULT_SETTINGS_DOC });
}

/** Runs `work` on a database of its own, deleted afterwards: each run of a property starts empty. */
async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const db = testDatabase();
  try {
    await work(db);
  } finally {
    await db.delete();
  }
}

describe('the backup round trip', () => {
  it('export → wipe → import → export gives the same file, byte for byte, for any data', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, (file) =>
        withDatabase(async (db) => {
          await importBackup(db, file);
          const before = await exported(db);
          await wipeEverything(db);
          await importBackup(db, before);
          expect(await exported(db)).toBe(before);
        }),
      ),
      RUNS,
    );
  }, 60_000);

  it('a backup imported into an empty extension is exported again with the same people, entries and settings', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, (file) =>
        withDatabase(async (db) => {
          await importBackup(db, file);
          const original = JSON.parse(file) as FileV1;
          const again = JSON.parse(await exported(db)) as { people: Person[]; settings: object };
          expect(again.people.map((person) => person.key)).toEqual(original.contacts.map((c) => c.key).sort());
          for (const person of again.people) {
            const contact = original.contacts.find((c) => c.key === person.key)!;
            expect(person).toMatchObject(fieldsOfContact(contact));
            const entries = original.interactions.filter((entry) => entry.contactKey === person.key);
            expect(timelineOf(person).map(({ rev: _rev, ...entry }) => entry)).toEqual(expect.arrayContaining(entries));
            expect(timelineOf(person)).toHaveLength(entries.length);
          }
          expect(again.settings).toMatchObject(original.settings);
        }),
      ),
      RUNS,
    );
  }, 60_000);
});

describe('merging a backup into what is stored', () => {
  it('importing the same backup a second time changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, backupFile, (stored, file) =>
        withDatabase(async (db) => {
          await importBackup(db, stored);
          await importBackup(db, file);
          const once = await exported(db);
          const summary = await importBackup(db, file);
          expect(await exported(db)).toBe(once);
          expect(summary).toMatchObject({ added: [], updated: [], interactionsAdded: 0, templatesAdded: 0 });
        }),
      ),
      RUNS,
    );
  }, 60_000);

  it('an import checked and written in batches of any size stores and tells what one of the whole file does', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, backupFile, fc.integer({ min: 1, max: 4 }), (stored, file, batchSize) =>
        withDatabase((whole) =>
          withDatabase(async (batched) => {
            // The file in this version's format, whose people are checked a batch at a time.
            const reading = readBackup(file);
            if (!reading.ok) throw new Error('The generator made a bad backup');
            const text = writeBackup(reading.backup);
            await importBackup(whole, stored);
            await importBackup(batched, stored);
            const summary = await importBackup(whole, text);
            const outcome = await importFile(batched, new TextEncoder().encode(text), NOW, { batchSize });
            expect(outcome).toEqual({ kind: 'backup', summary });
            expect(await exported(batched)).toBe(await exported(whole));
          }),
        ),
      ),
      RUNS,
    );
  }, 60_000);

  it('never loses a stored timeline entry, nor moves it to another person, nor makes it older', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, backupFile, (stored, file) =>
        withDatabase(async (db) => {
          await importBackup(db, stored);
          const before = await storedEntries(db);
          await importBackup(db, file);
          const whose = (entry: Entry) => `${entry.contactKey} ${entry.id}`;
          const after = new Map((await storedEntries(db)).map((entry) => [whose(entry), entry]));
          for (const entry of before) {
            expect(after.get(whose(entry))!.updatedAt).toBeGreaterThanOrEqual(entry.updatedAt);
          }
        }),
      ),
      RUNS,
    );
  }, 60_000);

  it('finds a stored person by any of their aliases, adding only the file’s people no alias matches', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, backupFile, (stored, file) =>
        withDatabase(async (db) => {
          await importBackup(db, stored);
          const storedAliases = new Set((await readEverything(db)).people.flatMap((person) => person.aliases));
          const before = await db.contacts.count();
          await importBackup(db, file);
          const unmatched = (JSON.parse(file) as FileV1).contacts.filter(
            (contact) => !contact.aliases.some((alias) => storedAliases.has(alias)),
          );
          expect(await db.contacts.count()).toBe(before + unmatched.length);
        }),
      ),
      RUNS,
    );
  }, 60_000);

  it('never joins two stored people, nor gives one of them an alias another holds', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, backupFile, (stored, file) =>
        withDatabase(async (db) => {
          await importBackup(db, stored);
          const before = (await readEverything(db)).people.filter(isAlive);
          await importBackup(db, file);
          const after = new Map(
            (await readEverything(db)).people.filter(isAlive).map((person) => [person.key, person]),
          );
          const holders = new Map<string, string[]>();
          for (const contact of after.values()) {
            for (const alias of contact.aliases) holders.set(alias, [...(holders.get(alias) ?? []), contact.key]);
          }
          for (const contact of before) {
            // Still there under its key, with every alias it had, and each alias its own alone.
            expect(after.get(contact.key)?.aliases).toEqual(expect.arrayContaining(contact.aliases));
            for (const alias of after.get(contact.key)!.aliases) expect(holders.get(alias)).toEqual([contact.key]);
          }
        }),
      ),
      RUNS,
    );
  }, 60_000);
});
