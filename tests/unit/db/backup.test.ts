/** The backup file and imports: what is refused, how people are merged, and that a round trip is exact. */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '@/utils/backup/file';
import { backupFileName } from '@/utils/backup/file-name';
import { writeBackup } from '@/utils/backup/format';
import { backupReminderDue } from '@/utils/backup/reminders';
import type { Database } from '@/utils/db/database';
import { addPersonEntry } from '@/utils/db/people/entries';
import { updatePerson } from '@/utils/db/people/person';
import { updateSettings } from '@/utils/db/settings-store';
import { readEverything } from '@/utils/db/backup/export';
import { importFile } from '@/utils/db/backup/import';
import { importExportFiles } from '@/utils/db/backup/linkedin-export-files';
import { planHere } from '@/utils/linkedin-export/import-plan';
import { wipeEverything } from '@/utils/db/backup/wipe';
import { DEFAULT_SETTINGS_DOC } from '@/utils/model/records';
import { timelineOf } from '@/utils/model/views';
import type { ReminderChoice } from '@/utils/import-transfer';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { dayOf, startOfDay } from '@/utils/time';
import { ainoProfile } from '../../helpers/profiles';
import { connectionsFile } from '../../helpers/connections-files';
import { backupFile, backupNote, backupPerson } from '../../helpers/backup-files';
import { TEST_WORDS } from '../../helpers/linkedin-export';
import { storedEntries, storedPerson } from '../../helpers/stored';
import { applyImport, planImport, readBackup } from '../../helpers/whole-import';
import { useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 10, 23, 10);
const DAY = 86_400_000;
let db: Database;

useTestDatabase((fresh) => (db = fresh));

async function exported(): Promise<string> {
  const everything = await readEverything(db);
  return writeBackup({ ...everything, settings: everything.settings ?? DEFAULT_SETTINGS_DOC });
}

async function importText(text: string) {
  const reading = readBackup(text);
  if (!reading.ok) throw new Error(reading.problem.kind);
  const plan = planImport(await readEverything(db), reading.backup);
  await applyImport(db, plan);
  return plan.summary;
}

async function someData() {
  await addPersonEntry(db, ainoProfile(), { type: 'meeting', text: 'Kahvit Hämeenlinnassa', at: NOW - 3 * DAY }, NOW);
  await updatePerson(db, ainoProfile(), { tags: ['mentors'], cadenceDays: 30 }, NOW);
  await updatePerson(
    db,
    {
      ...ainoProfile(),
      key: 'mikko-korhonen',
      slug: 'mikko-korhonen',
      profileId: undefined,
      memberId: undefined,
      name: 'Mikko Korhonen',
    },
    { tags: ['alumni'] },
    NOW,
  );
  await updateSettings(db, { myName: 'Sanna', tagCadences: { alumni: 180 } }, NOW);
}

describe('reading a backup', () => {
  const empty = { people: [], templates: [], goals: [], settings: DEFAULT_SETTINGS_DOC };
  const valid = (): Record<string, unknown[]> & { settings: object } => JSON.parse(writeBackup(empty));
  const problem = (value: unknown) => {
    const reading = readBackup(typeof value === 'string' ? value : JSON.stringify(value));
    return reading.ok ? null : reading.problem;
  };

  it('reads what it writes', () => {
    expect(readBackup(JSON.stringify(valid())).ok).toBe(true);
  });
  it.each([
    ['not JSON', '{"format": "keep-in', 'not-json'],
    [
      'truncated',
      writeBackup({ people: [], templates: [], goals: [], settings: DEFAULT_SETTINGS_DOC }).slice(0, -20),
      'not-json',
    ],
    ['another program’s JSON', { contacts: [] }, 'not-ours'],
    ['a JSON array', [1, 2], 'not-ours'],
    ['null', 'null', 'not-ours'],
  ])('refuses %s', (_name, value, kind) => {
    expect(problem(value)?.kind).toBe(kind);
  });
  it('refuses a version it does not know, naming it', () => {
    expect(problem({ ...valid(), version: 3 })).toEqual({ kind: 'unknown-version', version: '3' });
  });
  it('names the field that is wrong', () => {
    const backup = valid();
    backup.people!.push({ key: 'x', createdAt: 'yesterday' } as never);
    expect(problem(backup)).toMatchObject({ kind: 'bad-field', path: 'people[0].createdAt' });
  });
  it('refuses a photo from anywhere but LinkedIn', async () => {
    await someData();
    const backup = JSON.parse(await exported());
    backup.people[0].photoUrl = 'https://tracker.example/pixel.gif';
    expect(problem(backup)).toMatchObject({ kind: 'bad-field', path: 'people[0].photoUrl' });
  });
  it('refuses two people with one key, and entries that belong to no one', async () => {
    await someData();
    const backup = JSON.parse(await exported());
    expect(problem({ ...backup, people: [backup.people[0], backup.people[0]] })).toMatchObject({ kind: 'duplicate' });
    // Format 1 kept entries apart from people.
    const aino = backupPerson('aino', NOW);
    expect(problem(backupFile([aino, aino]))).toMatchObject({ kind: 'duplicate' });
    expect(problem(backupFile([aino], [backupNote('n1', 'eino', 'Hi', NOW)]))).toMatchObject({ kind: 'orphan' });
  });
  it('refuses a file over the size limit before reading it', () => {
    expect(problem(' '.repeat(100 * 1024 * 1024 + 1))?.kind).toBe('too-big');
  });
});

describe('a round trip', () => {
  it('export, wipe, import, export gives the same file', async () => {
    await someData();
    const before = await exported();
    expect(JSON.parse(before).format).toBe(BACKUP_FORMAT);
    await wipeEverything(db);
    expect(await db.contacts.count()).toBe(0);
    const summary = await importText(before);
    expect(summary.added.sort()).toEqual(['Aino Virtanen', 'Mikko Korhonen']);
    expect(await exported()).toBe(before);
    // Derived fields are worked out again: due time and search words.
    const aino = (await db.contacts.get('aino-virtanen-4b2a1c'))!;
    expect(aino.lastContactAt).toBe(NOW - 3 * DAY);
    expect(aino.dueAt).not.toBeNull();
    expect(aino.timelineWords).toContain('hameenlinnassa');
  });

  it('keeps what a newer version wrote that this one does not know: export, wipe, import, export', async () => {
    await someData();
    const file = JSON.parse(await exported());
    const aino = file.people.find((person: { key: string }) => person.key === 'aino-virtanen-4b2a1c');
    aino.pronouns = 'she/her';
    aino.changedAt.pronouns = NOW;
    aino.timeline.push({
      id: 'memo',
      rev: 'r1',
      past: [],
      type: 'voice-memo',
      clip: 'c',
      createdAt: NOW,
      updatedAt: NOW,
    });
    aino.timeline[0].mood = 'glad';
    const newer = JSON.stringify(file);
    await wipeEverything(db);
    await importText(newer);
    const again = JSON.parse(await exported());
    expect(again.people).toEqual(file.people);
    expect(await storedEntries(db)).toHaveLength(1);
  });

  it('keeps what an export’s entry records, carries what a newer version records, and refuses a bad one', async () => {
    await someData();
    const file = JSON.parse(await exported());
    const [aino] = file.people;
    const entry = (id: string, said: unknown) => ({ ...aino.timeline[0], id, rev: `r-${id}`, past: [], said });
    aino.timeline.push(
      entry('connected', { kind: 'connected' }),
      entry('messages', { count: 3, kind: 'messages', title: '' }),
      entry('newer', { kind: 'videoCall', minutes: 5 }),
      entry('more', { count: 2, kind: 'messages', reactions: 4, title: '' }),
    );
    aino.timeline.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)); // as a backup orders them
    await wipeEverything(db);
    await importText(JSON.stringify(file));
    expect(JSON.parse(await exported()).people).toEqual(file.people);
    const shown = timelineOf((await storedPerson(db, aino.key))!);
    expect(shown.find((version) => version.id === 'messages')?.said).toEqual({ kind: 'messages', count: 3, title: '' });
    expect(shown.find((version) => version.id === 'newer')).toBeUndefined(); // carried, never shown
    aino.timeline.push(entry('bad', { kind: 'messages', count: -1, title: '' }));
    const reading = readBackup(JSON.stringify(file));
    expect(reading.ok ? null : reading.problem).toMatchObject({
      kind: 'bad-field',
      path: expect.stringContaining('said'),
    });
  });

  it('importing the same file twice changes nothing', async () => {
    await someData();
    const file = await exported();
    const summary = await importText(file);
    expect(summary).toMatchObject({ added: [], updated: [], conflicts: [], unchanged: 2, interactionsAdded: 0 });
    expect(await exported()).toBe(file);
  });
});

describe('merging a backup into what is stored', () => {
  it('adds timeline entries by id, and updates a person changed later in the file', async () => {
    await someData();
    const file = JSON.parse(await exported());
    file.people[0].headline = 'Design lead';
    file.people[0].changedAt.headline = NOW + DAY;
    file.people[0].timeline.push({ ...file.people[0].timeline[0], id: 'new-entry', text: 'Lunch', at: NOW - DAY });
    const summary = await importText(JSON.stringify(file));
    expect(summary).toMatchObject({ updated: ['Aino Virtanen'], conflicts: [], interactionsAdded: 1 });
    const aino = (await db.contacts.get('aino-virtanen-4b2a1c'))!;
    expect(aino.headline).toBe('Design lead');
    expect(aino.lastContactAt).toBe(NOW - DAY);
  });

  it('keeps the stored person when it changed later here, and says so', async () => {
    await someData();
    const file = JSON.parse(await exported());
    await updatePerson(db, ainoProfile(), { headline: 'Changed here later' }, NOW + 2 * DAY);
    file.people[0].headline = 'Changed in the file';
    file.people[0].changedAt.headline = NOW + DAY;
    const summary = await importText(JSON.stringify(file));
    expect(summary.conflicts).toEqual(['Aino Virtanen']);
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.headline).toBe('Changed here later');
  });

  it('finds a person saved under another alias, joining the aliases', async () => {
    await someData();
    const file = JSON.parse(await exported());
    const aino = file.people[0];
    aino.key = 'aino-v';
    aino.aliases = ['aino-v', 'aino-virtanen-4b2a1c'];
    await importText(JSON.stringify(file));
    expect(await db.contacts.count()).toBe(2);
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.aliases).toContain('aino-v');
  });

  it('keeps the user’s settings, and restores them into an empty extension', async () => {
    await someData();
    const file = JSON.parse(await exported());
    // The backup's name is older than the one set here since.
    file.settings.myName = 'Someone else';
    file.settings.changedAt.myName = NOW - DAY;
    await importText(JSON.stringify(file));
    expect((await readEverything(db)).settings!.myName).toBe('Sanna');
    await wipeEverything(db);
    await importText(JSON.stringify(file));
    expect((await readEverything(db)).settings!.myName).toBe('Someone else');
  });

  it('writes nothing when any record fails', async () => {
    await someData();
    const file = JSON.parse(await exported());
    await wipeEverything(db);
    const reading = readBackup(JSON.stringify(file));
    if (!reading.ok) throw new Error('unreadable');
    const plan = planImport(await readEverything(db), reading.backup);
    // A person the database cannot store, last: the settings and the other people were written before it.
    plan.people.push({ ...plan.people[0]!, key: undefined } as never);
    await expect(applyImport(db, plan)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
    expect(await storedEntries(db)).toEqual([]);
    expect(await db.settings.count()).toBe(0);
  });
});

const QUIET = { kind: 'none-until-tagged' } as const;
const bytes = (text: string) => new TextEncoder().encode(text);

/** One row of Connections.csv, as LinkedIn writes it. */
interface Row {
  slug: string;
  first: string;
  last: string;
  email: string;
  company: string;
  position: string;
  connectedOn: string;
}

/** Connections.csv as LinkedIn sends it: its note lines, the header, a row per person. */
function connectionsCsv(rows: readonly Row[]): string {
  const cells = (row: Row) => [
    row.first,
    row.last,
    `https://www.linkedin.com/in/${row.slug}`,
    row.email,
    row.company,
    row.position,
  ];
  return [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows.map((row) => [...cells(row), row.connectedOn].join(',')),
  ].join('\n');
}

/** Connections.csv chosen alone, imported the one way every file of LinkedIn's export is (as the background does). */
async function importConnectionsCsv(rows: readonly Row[], reminders: ReminderChoice, now = NOW) {
  const file = { name: 'Connections.csv', blob: new Blob([connectionsCsv(rows)]) };
  const outcome = await importExportFiles(db, [file], { reminders, keepTexts: false, plan: planHere(TEST_WORDS), now });
  if (outcome.kind !== 'linkedin-export') throw new Error(`Not imported: ${outcome.kind}`);
  const { added, updated, unchanged } = outcome.result;
  return { added, updated, unchanged };
}

describe("importing LinkedIn's Connections.csv alone", () => {
  const CONNECTED_AT = new Date(2025, 9, 19, 12).getTime();
  const row = (overrides: Partial<Row> = {}): Row => ({
    slug: 'aino-virtanen-4b2a1c',
    first: 'Aino',
    last: 'Virtanen',
    email: 'aino@example.fi',
    company: 'Revontuli Oy',
    position: 'Product designer',
    connectedOn: '19 Oct 2025',
    ...overrides,
  });
  const mikko = row({ slug: 'mikko-korhonen', first: 'Mikko', last: 'Korhonen', email: '' });
  const people = (count: number) => Array.from({ length: count }, (_, i) => row({ slug: `person-${i}` }));

  it('adds new people with when they connected, and by default no reminder for them', async () => {
    expect(await importConnectionsCsv([row()], QUIET)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await db.contacts.get('aino-virtanen-4b2a1c')).toMatchObject({
      name: 'Aino Virtanen',
      headline: 'Product designer',
      company: 'Revontuli Oy',
      email: 'aino@example.fi',
      connectedAt: CONNECTED_AT,
      dueAt: null,
    });
  });

  it('gives a person imported without reminders the rhythm of a tier they are tagged with later, or their own', async () => {
    await updateSettings(db, { tagCadences: { mentors: 30 } }, NOW);
    await importConnectionsCsv([row(), mikko], QUIET);
    const tagged = await updatePerson(db, { key: 'aino-virtanen-4b2a1c' }, { tags: ['Mentors'] }, NOW + DAY);
    expect(tagged.rhythm).toEqual({ days: 30, source: { from: 'tag', tag: 'Mentors' } });
    // The connection is their last contact: the rhythm counts from it.
    expect(tagged.summary!.dueAt).toBe(startOfDay(dayOf(CONNECTED_AT) + 30));
    // A tag without a rhythm is not a tier: still no reminders.
    const plain = await updatePerson(db, { key: 'mikko-korhonen' }, { tags: ['met at Slush'] }, NOW + DAY);
    expect(plain.summary!.dueAt).toBeNull();
    // Any choice of rhythm for the person ends it; "use tags and default" then brings the default.
    const inherited = await updatePerson(db, { key: 'mikko-korhonen' }, { cadenceDays: 'inherit' }, NOW + DAY);
    expect(inherited.rhythm).toEqual({ days: DEFAULT_SETTINGS.defaultCadenceDays, source: { from: 'default' } });
    expect(inherited.summary!.dueAt).toBe(startOfDay(dayOf(CONNECTED_AT) + DEFAULT_SETTINGS.defaultCadenceDays!));
  });

  it('leaves the tags and reminders of people already stored as they were, whatever reminders are chosen', async () => {
    await updatePerson(db, ainoProfile(), { headline: 'My own words' }, NOW);
    await importConnectionsCsv([row()], QUIET);
    // The connection, long ago, would make her due at once: her follow-up is spread instead, and not due today.
    const spread = (await db.contacts.get('aino-virtanen-4b2a1c'))!.dueAt!;
    expect(spread).toBeGreaterThan(NOW);
    await importConnectionsCsv([row()], { kind: 'tier', tag: 'alumni', cadenceDays: 30 });
    const aino = (await db.contacts.get('aino-virtanen-4b2a1c'))!;
    expect(aino.dueAt).toBe(spread);
    expect(aino.tags).toEqual([]);
    expect(aino.cadenceFromTagsOnly).toBeUndefined();
  });

  it('tags people added to a tier and spreads their first follow-ups over its rhythm, a new tag getting the chosen one', async () => {
    await importConnectionsCsv(people(50), { kind: 'tier', tag: ' alumni ', cadenceDays: 14 });
    expect((await readEverything(db)).settings!.tagCadences).toEqual({ alumni: 14 });
    const contacts = await db.contacts.toArray();
    expect(new Set(contacts.map((contact) => contact.tags.join()))).toEqual(new Set(['alumni']));
    const perDay = new Map<number, number>();
    for (const { dueAt } of contacts) perDay.set(dayOf(dueAt!), (perDay.get(dayOf(dueAt!)) ?? 0) + 1);
    // All long due: the daily share (⌈50 / 14⌉ = 4) each day from tomorrow, until everyone has a day.
    expect([...perDay.keys()].sort()).toEqual(Array.from({ length: 13 }, (_, i) => dayOf(NOW) + 1 + i));
    expect(Math.max(...perDay.values())).toBe(Math.ceil(50 / 14));
  });

  it('spreads over the rhythm an existing tier already has, whatever the case it is typed in', async () => {
    await updateSettings(db, { tagCadences: { Mentors: 7 } }, NOW);
    await importConnectionsCsv(people(10), { kind: 'tier', tag: 'mentors', cadenceDays: 365 });
    expect((await readEverything(db)).settings!.tagCadences).toEqual({ Mentors: 7 });
    const days = (await db.contacts.toArray()).map((contact) => dayOf(contact.dueAt!) - dayOf(NOW));
    // Two a day (⌈10 / 7⌉), where a year's rhythm would have given one a day for ten days.
    expect(Math.max(...days)).toBe(5);
  });

  it('updates a known person without overwriting their own edits, and counts a second import as unchanged', async () => {
    await updatePerson(db, ainoProfile(), { headline: 'My own words' }, NOW);
    expect(await importConnectionsCsv([row()], QUIET)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const aino = (await db.contacts.get('aino-virtanen-4b2a1c'))!;
    expect(aino.headline).toBe('My own words');
    expect(aino.connectedAt).toBe(CONNECTED_AT);
    expect(await importConnectionsCsv([row()], QUIET)).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it.each(['excel-csv-utf8', 'excel-finnish-csv', 'excel-unicode-text'] as const)(
    'imports Connections.csv saved by Excel (%s) with every name right',
    async (format) => {
      const file = { name: 'Connections.csv', blob: new Blob([connectionsFile(format) as Uint8Array<ArrayBuffer>]) };
      const options = { reminders: QUIET, keepTexts: false, plan: planHere(TEST_WORDS), now: NOW };
      expect(await importExportFiles(db, [file], options)).toMatchObject({ result: { added: 4 } });
      const names = (await db.contacts.toArray()).map((contact) => contact.name).sort();
      expect(names).toEqual(['Björn Öberg', 'Päivi Määttä', 'Søren Ødegård', 'Åsa Ähtäri']);
    },
  );
});

describe('the backup reminder', () => {
  it('waits a month after the first record, then reminds monthly', () => {
    expect(backupReminderDue(null, null, NOW)).toBe(false);
    expect(backupReminderDue(null, NOW - 10 * DAY, NOW)).toBe(false);
    expect(backupReminderDue(null, NOW - 31 * DAY, NOW)).toBe(true);
    expect(backupReminderDue(NOW - 5 * DAY, NOW - 100 * DAY, NOW)).toBe(false);
    expect(backupReminderDue(NOW - 31 * DAY, NOW - 100 * DAY, NOW)).toBe(true);
  });
  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23).getTime(), 'json')).toBe('keep-in-touch-2026-01-05.json');
  });
});

describe('a backup too large to import', () => {
  it('is refused by its count before any record is checked, naming both numbers', () => {
    const backup = JSON.parse(
      writeBackup({ people: [], templates: [], goals: [], settings: DEFAULT_SETTINGS_DOC }),
    ) as Record<string, unknown>;
    backup.people = Array.from({ length: 100_001 }, () => ({}));
    expect(readBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      problem: { kind: 'too-many', what: 'contacts', count: 100_001, limit: 100_000 },
    });
  });

  it('says in plain words what a bad field should have been', () => {
    const backup = JSON.parse(
      writeBackup({ people: [], templates: [], goals: [], settings: DEFAULT_SETTINGS_DOC }),
    ) as Record<string, unknown>;
    backup.settings = { ...DEFAULT_SETTINGS_DOC, notificationHour: 'nine' };
    const reading = readBackup(JSON.stringify(backup));
    expect(reading.ok ? null : reading.problem).toMatchObject({ kind: 'bad-field', path: 'settings.notificationHour' });
    expect(reading.ok ? '' : (reading.problem as { detail: string }).detail).toMatch(/expected number/);
  });
});

describe('importing a file (what the background does with the bytes the dashboard sends)', () => {
  it('refuses a file that is not a backup (LinkedIn’s go the export’s way), and one over the size limit', async () => {
    expect(await importFile(db, bytes('name,town\nAino,Tampere'), NOW)).toEqual({
      kind: 'refused',
      problem: { kind: 'unknown-file' },
    });
    const huge = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(await importFile(db, huge, NOW)).toMatchObject({ kind: 'refused', problem: { kind: 'too-big' } });
  });

  it('imports a backup by what the file holds, whatever it is called, and refuses LinkedIn’s CSV', async () => {
    await someData();
    const file = await exported();
    await wipeEverything(db);
    expect(await importFile(db, bytes(file), NOW)).toMatchObject({ kind: 'backup' });
    const csv = 'First Name,Last Name,URL\nEino,Laine,https://www.linkedin.com/in/eino-laine\n';
    expect(await importFile(db, bytes(csv), NOW)).toEqual({ kind: 'refused', problem: { kind: 'unknown-file' } });
    expect(await db.contacts.count()).toBe(2);
  });

  it('refuses a person found bad after batches before them were written, naming them, and keeps what was stored', async () => {
    await someData();
    const before = await exported();
    const file = JSON.parse(before) as { people: { key: string; aliases: string[]; createdAt: unknown }[] };
    const [aino] = file.people;
    file.people = Array.from({ length: 7 }, (_, index) => ({ ...aino!, key: `p-${index}`, aliases: [`p-${index}`] }));
    file.people[5]!.createdAt = 'yesterday';
    const seen: number[] = [];
    const outcome = await importFile(db, bytes(JSON.stringify(file)), NOW, {
      batchSize: 2,
      onProgress: ({ stage, done }) => stage === 'writing' && seen.push(done),
    });
    expect(outcome).toMatchObject({ kind: 'refused', problem: { kind: 'bad-field', path: 'people[5].createdAt' } });
    // Two batches had gone to the database before the bad person's turn came.
    expect(seen).toEqual([0, 2]);
    expect(await exported()).toBe(before);
  });

  it('refuses an entry or a last contact dated in the future, as the panel does, naming it, and changes nothing', async () => {
    await someData();
    const before = await exported();
    const year2286 = Date.UTC(2286, 0, 1, 12);
    const withFutureEntry = JSON.parse(before);
    withFutureEntry.people[0].timeline[0].at = year2286;
    expect(await importFile(db, bytes(JSON.stringify(withFutureEntry)), NOW)).toMatchObject({
      kind: 'refused',
      problem: { kind: 'future-date', path: 'people[0].timeline[0].at', at: year2286, who: 'Aino Virtanen' },
    });
    const withFutureContact = JSON.parse(before);
    withFutureContact.people[1].contactedAt = NOW + 3 * DAY;
    expect(await importFile(db, bytes(JSON.stringify(withFutureContact)), NOW)).toMatchObject({
      kind: 'refused',
      problem: { kind: 'future-date', path: 'people[1].contactedAt' },
    });
    expect(await exported()).toBe(before);
  });

  it('takes a deleted entry’s day as it is, and a day as late as the panel lets through', async () => {
    await someData();
    const file = JSON.parse(await exported());
    file.people[0].timeline[0] = { ...file.people[0].timeline[0], at: Date.UTC(2286, 0, 1), deleted: true };
    file.people[1].contactedAt = NOW + 12 * 3_600_000; // today's noon, seen just before midnight
    expect(await importFile(db, bytes(JSON.stringify(file)), NOW)).toMatchObject({ kind: 'backup' });
  });

  it('imports a file whose changes come before and after batches with nothing to write', async () => {
    const people = Array.from({ length: 6 }, (_, index) => backupPerson(`person-${index}`, NOW));
    expect(await importFile(db, bytes(backupFile(people)), NOW)).toMatchObject({ kind: 'backup' });
    for (const at of [0, 1, 5]) people[at] = { ...people[at]!, name: 'Päivi Määttä', updatedAt: NOW + DAY };
    const outcome = await importFile(db, bytes(backupFile(people)), NOW, { batchSize: 1 });
    expect(outcome).toMatchObject({ kind: 'backup', summary: { unchanged: 3 } });
    expect((await db.contacts.get('person-5'))?.name).toBe('Päivi Määttä');
    // And one whose batches with nothing to write come last.
    people[0] = { ...people[0]!, name: 'Åsa Ähtäri', updatedAt: NOW + 2 * DAY };
    const again = await importFile(db, bytes(backupFile(people)), NOW, { batchSize: 1 });
    expect(again).toMatchObject({ kind: 'backup', summary: { updated: ['Åsa Ähtäri'], unchanged: 5 } });
  });

  it('keeps an edit saved while the import was reading what is stored, merging the file with it', async () => {
    await someData();
    const file = JSON.parse(await exported());
    file.people[0].headline = 'Design lead';
    file.people[0].changedAt.headline = NOW + DAY;
    file.people.push({ ...file.people[0], key: 'eino-laine', aliases: ['eino-laine'], name: 'Eino Laine' });
    // Started at once, as when the user saves in the panel while a large import is under way: the import asks
    // for the stored people first, the note's transaction comes after that request and before anything written.
    const importing = importFile(db, bytes(JSON.stringify(file)), NOW + DAY);
    const note = addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Soita perjantaina', at: NOW }, NOW + DAY);
    // And a person the file brings, saved here for the first time meanwhile.
    const einoNote = addPersonEntry(
      db,
      {
        ...ainoProfile(),
        key: 'eino-laine',
        slug: 'eino-laine',
        profileId: undefined,
        memberId: undefined,
        name: 'Eino Laine',
      },
      { type: 'note', text: 'Tavattiin messuilla', at: NOW },
      NOW + DAY,
    );
    await Promise.all([importing, note, einoNote]);
    const texts = (await storedEntries(db)).map((entry) => entry.text);
    expect(texts).toEqual(expect.arrayContaining(['Soita perjantaina', 'Tavattiin messuilla']));
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.headline).toBe('Design lead');
  });

  it('says how far it is, and when cancelled part way leaves nothing of the import behind', async () => {
    const people = Array.from({ length: 2500 }, (_, index) => backupPerson(`person-${index}`, NOW));
    const file = bytes(backupFile(people));
    const seen: { stage: string; done: number; total: number }[] = [];
    const whole = await importFile(db, file, NOW, { onProgress: (progress) => seen.push(progress) });
    expect(whole).toMatchObject({ kind: 'backup' });
    expect(seen[0]).toMatchObject({ stage: 'reading' });
    expect(seen.at(-1)).toEqual({ stage: 'writing', done: 2500, total: 2500 });

    await wipeEverything(db);
    const cancel = new AbortController();
    const outcome = await importFile(db, file, NOW, {
      // The user cancels once the first thousand are written.
      onProgress: ({ stage, done }) => stage === 'writing' && done >= 1000 && cancel.abort(),
      signal: cancel.signal,
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });
});
