/**
 * LinkedIn's data export written into the store: people matched by address, nothing the user typed overwritten,
 * the same export twice adding nothing, reminders kept sane, and the law that any order of the files, any split
 * into parts and any number of repeats give the same store.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importExportPlan } from '@/utils/db/backup/linkedin-export';
import type { Database } from '@/utils/db/database';
import { planImport } from '@/utils/linkedin-export/import-plan';
import type { ExportText } from '@/utils/linkedin-export/read';
import { newPerson, setFields } from '@/utils/model/person';
import { personFromJson } from '@/utils/model/person-json';
import { deletePersonByKey } from '@/utils/db/people/deletion';
import { keepInTouchWith } from '@/utils/db/people/keep-in-touch';
import { viewPerson } from '@/utils/db/people/person';
import { savePeople } from '@/utils/db/people/write';
import { loadSettings } from '@/utils/db/settings-store';
import { DAY_MS, dayOf, startOfDay } from '@/utils/time';
import { fixtureExport, TEST_WORDS } from '../../helpers/linkedin-export';
import { ainoProfile } from '../../helpers/profiles';
import { storedPerson } from '../../helpers/stored';
import { testDatabase, useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 4, 1, 9);
const NONE = { kind: 'none-until-tagged' } as const;

function importFiles(
  db: Database,
  files: readonly ExportText[],
  now = NOW,
  reminders = NONE as Parameters<typeof importExportPlan>[2],
) {
  const { plan } = planImport(files, { keepTexts: false, words: TEST_WORDS });
  return importExportPlan(db, plan, reminders, now);
}

/** The store as a person would see it: every document and summary row, without the sync marks. */
async function storeState(db: Database) {
  const people = (await db.people.toArray()).map((record) => personFromJson(record.json));
  const rows = await db.contacts.toArray();
  return { people, rows, settings: await loadSettings(db) };
}

let db: Database;
useTestDatabase((made) => (db = made));

describe('importing an export', () => {
  it('lets the first look at a profile bring the export’s headline and company up to date, as no news', async () => {
    await importFiles(db, fixtureExport('basic'));
    const page = ainoProfile({ key: 'aino-makela', slug: 'aino-makela', profileId: undefined, memberId: undefined });
    const view = await viewPerson(db, { ...page, headline: 'Head of Product at Revontuli', company: 'Revontuli' }, NOW);
    expect(view.changes).toEqual([]);
    const aino = await storedPerson(db, 'aino-makela');
    expect([aino!.headline, aino!.company]).toEqual(['Head of Product at Revontuli', 'Revontuli']);
    expect(aino!.timeline.some((version) => version.type.endsWith('_change'))).toBe(false);
  });

  it('leaves out a day in the future, as every way in does, and says how many', async () => {
    const files = fixtureExport('basic').map((file) =>
      file.path.endsWith('/messages.csv')
        ? { ...file, text: file.text.replaceAll('2026-04-02 08:00:00', '2286-04-02 08:00:00') }
        : file,
    );
    const result = await importFiles(db, files);
    expect(result.datedAhead).toBe(1);
    const aino = await storedPerson(db, 'aino-makela');
    expect(aino!.timeline.every((version) => version.at <= NOW)).toBe(true);
    expect((await db.contacts.get('aino-makela'))!.lastContactAt).toBeLessThanOrEqual(NOW);
  });

  it('adds the people it names, with their history, and never the owner', async () => {
    const result = await importFiles(db, fixtureExport('basic'));
    expect(result).toMatchObject({ added: 4, updated: 0, unchanged: 0 });
    expect(await db.people.get('sanna-virtanen')).toBeUndefined();
    const aino = await db.contacts.get('aino-makela');
    expect(aino).toMatchObject({
      name: 'Aino Mäkelä',
      company: 'Revontuli Oy',
      lastContactAt: Date.UTC(2026, 3, 2, 8),
    });
    // The none-until-tagged default: nobody added falls due.
    expect((await db.contacts.toArray()).filter((row) => row.dueAt !== null)).toEqual([]);
    expect(result.wroteLastYear.sort()).toEqual(['aino-makela', 'pekka-korhonen-1b2c3']);
  });

  it('adds nothing the second time, and only what is new from a newer export', async () => {
    await importFiles(db, fixtureExport('basic'));
    const before = await storeState(db);
    const again = await importFiles(db, fixtureExport('basic'), NOW + DAY_MS);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, entriesAdded: 0 });
    expect(await storeState(db)).toEqual(before);

    const newer = fixtureExport('basic').map((file) =>
      file.path.endsWith('/messages.csv')
        ? {
            ...file,
            text:
              file.text +
              '2-AAAA1111,,Sanna Virtanen,https://www.linkedin.com/in/sanna-virtanen,Aino Mäkelä,https://www.linkedin.com/in/aino-makela,2026-04-20 08:00:00 UTC,,See you soon,INBOX,,No,No\n',
          }
        : file,
    );
    const later = await importFiles(db, newer, NOW + 2 * DAY_MS);
    expect(later).toMatchObject({ added: 0, updated: 1, entriesAdded: 1 });
    expect((await db.contacts.get('aino-makela'))?.lastContactAt).toBe(Date.UTC(2026, 3, 20, 8));
  });

  it('brings a day a newer export knows more of up to date, unless the user edited its entry', async () => {
    await importFiles(db, fixtureExport('basic'));
    const withMore = (extra: string) =>
      fixtureExport('basic').map((file) =>
        file.path.endsWith('/messages.csv') ? { ...file, text: file.text + extra } : file,
      );
    const reply =
      '2-AAAA1111,,Aino Mäkelä,https://www.linkedin.com/in/aino-makela,Sanna Virtanen,https://www.linkedin.com/in/sanna-virtanen,2026-04-02 09:30:00 UTC,,Glad to hear,INBOX,,No,No\n';
    const result = await importFiles(db, withMore(reply), NOW + DAY_MS);
    expect(result).toMatchObject({ added: 0, updated: 1, entriesAdded: 0 });
    const texts = async () =>
      (await storedPerson(db, 'aino-makela'))!.timeline
        .filter((version) => version.type === 'message')
        .map((version) => version.text)
        .sort();
    expect(await texts()).toEqual(['2 messages', '3 messages']);
    expect((await db.contacts.get('aino-makela'))?.lastContactAt).toBe(Date.UTC(2026, 3, 2, 9, 30));

    // The user's own words on that day's entry stay, whatever a still newer export says.
    const aino = (await storedPerson(db, 'aino-makela'))!;
    const day = aino.timeline.find((version) => version.text === '2 messages')!;
    const { editEntry } = await import('@/utils/model/timeline');
    const edited = editEntry(aino.timeline, day.id, { text: 'Coffee planned for May' }, NOW + 2 * DAY_MS)!;
    await savePeople(db, [{ ...aino, timeline: edited }], await loadSettings(db));
    const later =
      '2-AAAA1111,,Sanna Virtanen,https://www.linkedin.com/in/sanna-virtanen,Aino Mäkelä,https://www.linkedin.com/in/aino-makela,2026-04-02 10:00:00 UTC,,See you,INBOX,,No,No\n';
    await importFiles(db, withMore(reply + later), NOW + 3 * DAY_MS);
    expect(await texts()).toEqual(['3 messages', 'Coffee planned for May']);
  });

  it('overwrites nothing the user typed, and keeps a later last contact the user set', async () => {
    const settings = await loadSettings(db);
    const mine = setFields(
      newPerson(
        'aino-makela',
        { aliases: ['aino-makela'], name: 'Aino (coffee)', email: 'aino@home.invalid' },
        NOW - DAY_MS,
      ),
      { contactedAt: NOW - DAY_MS, tags: ['friends'] },
      NOW - DAY_MS,
    );
    await savePeople(db, [mine], settings);
    await importFiles(db, fixtureExport('basic'));
    const aino = (await storedPerson(db, 'aino-makela'))!;
    expect(aino).toMatchObject({
      name: 'Aino (coffee)',
      email: 'aino@home.invalid',
      company: 'Revontuli Oy',
      tags: ['friends'],
    });
    expect((await db.contacts.get('aino-makela'))?.lastContactAt).toBe(NOW - DAY_MS);
  });

  it('matches people by any alias, never by name', async () => {
    const settings = await loadSettings(db);
    const profileId = 'ACoAA' + 'x'.repeat(34);
    await savePeople(
      db,
      [
        newPerson(profileId, { aliases: [profileId, 'pekka-korhonen-1b2c3'], profileId }, NOW - DAY_MS),
        newPerson('someone-else', { aliases: ['someone-else'], name: 'Liisa Nieminen' }, NOW - DAY_MS),
      ],
      settings,
    );
    const result = await importFiles(db, fixtureExport('basic'));
    expect(result).toMatchObject({ added: 3, updated: 1 });
    expect((await db.contacts.get(profileId))?.name).toBe('Pekka Korhonen');
    expect(await db.contacts.get('liisanieminen')).toBeDefined();
  });

  it('does not bring back a person the user deleted, when the same export comes again', async () => {
    await importFiles(db, fixtureExport('basic'));
    await deletePersonByKey(db, 'liisanieminen', NOW + 1);
    expect(await db.contacts.get('liisanieminen')).toBeUndefined();
    await importFiles(db, fixtureExport('basic'), NOW + 2);
    expect(await db.contacts.get('liisanieminen')).toBeUndefined();
    expect((await storedPerson(db, 'liisanieminen'))?.deletedAt).toBe(NOW + 1);
  });

  it('does not bring back a person the user saved by hand and deleted, whom an export then names', async () => {
    const aino = newPerson('aino-makela', { aliases: ['aino-makela'], name: 'Aino' }, NOW - 2 * DAY_MS);
    await savePeople(db, [aino], await loadSettings(db));
    await deletePersonByKey(db, 'aino-makela', NOW - DAY_MS);
    const result = await importFiles(db, fixtureExport('basic'));
    expect(await db.contacts.get('aino-makela')).toBeUndefined();
    expect((await storedPerson(db, 'aino-makela'))?.deletedAt).toBe(NOW - DAY_MS);
    expect(result.added + result.updated).toBe(3);
  });

  it('makes the very same entries on two computers, so that their merge keeps one of each', async () => {
    const other = testDatabase();
    try {
      await importFiles(db, fixtureExport('basic'), NOW);
      await importFiles(other, fixtureExport('basic'), NOW + 5 * DAY_MS);
      const timeline = async (store: Database) => (await storedPerson(store, 'aino-makela'))!.timeline;
      expect(await timeline(other)).toEqual(await timeline(db));
    } finally {
      await other.delete();
    }
  });

  it('does not bring back an entry the user deleted', async () => {
    await importFiles(db, fixtureExport('basic'));
    const liisa = (await storedPerson(db, 'liisanieminen'))!;
    const invitation = liisa.timeline.find((version) => version.type === 'invitation')!;
    const { deleteEntry } = await import('@/utils/model/timeline');
    await savePeople(
      db,
      [{ ...liisa, timeline: deleteEntry(liisa.timeline, invitation.id, NOW + 1)! }],
      await loadSettings(db),
    );
    await importFiles(db, fixtureExport('basic'), NOW + 2);
    const after = (await storedPerson(db, 'liisanieminen'))!;
    expect(after.timeline.filter((version) => version.id === invitation.id).every((version) => version.deleted)).toBe(
      true,
    );
  });

  it('spreads the stored people its history makes due at once over the coming month', async () => {
    const settings = await loadSettings(db);
    // Saved by hand yesterday, with the default rhythm (90 days): due in three months, until the export says
    // when they last spoke: Pekka in November (due long ago), Aino in April (due in July).
    const saved = ['aino-makela', 'pekka-korhonen-1b2c3'].map((key) =>
      newPerson(key, { aliases: [key] }, NOW - DAY_MS),
    );
    await savePeople(db, saved, settings);
    const result = await importFiles(db, fixtureExport('basic'), NOW + DAY_MS);
    expect(result.spread).toBe(1);
    const tomorrow = new Date(NOW + 2 * DAY_MS);
    tomorrow.setHours(0, 0, 0, 0);
    for (const key of ['aino-makela', 'pekka-korhonen-1b2c3']) {
      expect((await db.contacts.get(key))!.dueAt!).toBeGreaterThanOrEqual(tomorrow.getTime());
    }
  });

  it('gives the tier chosen to the connections it adds, their first follow-ups spread', async () => {
    await importFiles(db, fixtureExport('basic'), NOW, { kind: 'tier', tag: 'Network', cadenceDays: 90 });
    const rows = (await db.contacts.toArray()).filter((row) => row.key !== 'matti-meikalainen'); // only invited
    expect(rows.every((row) => row.tags.includes('network') || row.tags.includes('Network'))).toBe(true);
    expect(rows.every((row) => row.dueAt !== null && row.dueAt > NOW)).toBe(true);
  });
});

describe('a tier chosen for the people an export adds', () => {
  it('goes to the connections it adds, not to someone only invited or inviting', async () => {
    const tier = { kind: 'tier', tag: 'close', cadenceDays: 30 } as const;
    await importFiles(db, fixtureExport('basic'), NOW, tier);
    const tagged = (await db.contacts.toArray()).filter((row) => row.tags.includes('close')).map((row) => row.key);
    expect(tagged.sort()).toEqual(['aino-makela', 'liisanieminen', 'pekka-korhonen-1b2c3']);
    expect((await db.contacts.get('matti-meikalainen'))!.dueAt).toBeNull();
  });

  it('keeps the due day of whom it does not make due yet, and spreads the rest the longest silence first', async () => {
    const tier = { kind: 'tier', tag: 'close', cadenceDays: 90 } as const;
    await importFiles(db, fixtureExport('basic'), NOW, tier);
    // Aino wrote in April: 90 days from then is July. Pekka (November) and Liisa (connected 2024) are due.
    const [aino, pekka, liisa] = await db.contacts.bulkGet(['aino-makela', 'pekka-korhonen-1b2c3', 'liisanieminen']);
    expect(aino!.dueAt).toBe(startOfDay(dayOf(aino!.lastContactAt!) + 90));
    expect(liisa!.lastContactAt!).toBeLessThan(pekka!.lastContactAt!);
    expect(liisa!.dueAt).toBe(startOfDay(dayOf(NOW) + 1));
    expect(pekka!.dueAt!).toBeGreaterThanOrEqual(liisa!.dueAt!);
  });
});

describe('the suggestion from history: a rhythm for those written to in the last year', () => {
  it('goes to those whose rhythm the user never set, and spreads those it makes due at once', async () => {
    const { wroteLastYear } = await importFiles(db, fixtureExport('basic'), NOW);
    const settings = await loadSettings(db);
    const aino = (await storedPerson(db, 'aino-makela'))!;
    await savePeople(db, [setFields(aino, { cadenceDays: 14 }, NOW + 1)], settings);
    // Half a year on, Pekka's 90 days since November are long past: he would fall due at once.
    const later = NOW + 200 * DAY_MS;
    const given = await keepInTouchWith(db, wroteLastYear, 90, later);
    expect(given).toBe(1);
    expect((await storedPerson(db, 'aino-makela'))!.cadenceDays).toBe(14);
    const pekka = (await db.contacts.get('pekka-korhonen-1b2c3'))!;
    expect(pekka.dueAt).not.toBeNull();
    expect(pekka.dueAt!).toBeGreaterThan(later);
  });

  it('is not made again to those who have a rhythm: accepted once, it is not offered on the next import', async () => {
    const { wroteLastYear } = await importFiles(db, fixtureExport('basic'), NOW);
    expect(wroteLastYear.length).toBeGreaterThan(0);
    await keepInTouchWith(db, wroteLastYear, 90, NOW + 1);
    expect((await importFiles(db, fixtureExport('basic'), NOW + 2)).wroteLastYear).toEqual([]);
  });

  it('leaves alone those a tier already gives a rhythm', async () => {
    const tier = { kind: 'tier', tag: 'close', cadenceDays: 30 } as const;
    const { wroteLastYear } = await importFiles(db, fixtureExport('basic'), NOW, tier);
    expect(wroteLastYear).toEqual([]); // not offered to them
    // Nor given, if asked for them anyway (a tier given between the import and the click).
    const tiered = ['aino-makela', 'pekka-korhonen-1b2c3'];
    expect(await keepInTouchWith(db, tiered, 90, NOW + 1)).toBe(0);
    for (const key of tiered) expect((await storedPerson(db, key))!.cadenceDays).toBe('inherit');
  });
});

describe('the law of importing an export', () => {
  it('any order of the files, any split into parts and any number of repeats give the same store', async () => {
    const files = fixtureExport('basic');
    const reference = testDatabase();
    await importFiles(reference, files);
    const expected = await storeState(reference);
    await reference.delete();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
        fc.array(fc.nat(files.length), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        async (order, cuts, repeats) => {
          // The parts of one import: the files cut at the given places (a part may be empty, a file in two).
          const at = [...new Set(cuts)].sort((a, b) => a - b);
          const parts = [0, ...at].map((from, index) => order.slice(from, at[index] ?? order.length));
          const chosen = [...parts.flat(), ...(cuts[0]! % 2 === 0 ? [order[0]!] : [])];
          const store = testDatabase();
          try {
            for (let time = 0; time < repeats; time++) await importFiles(store, chosen);
            expect(await storeState(store)).toEqual(expected);
          } finally {
            await store.delete();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
