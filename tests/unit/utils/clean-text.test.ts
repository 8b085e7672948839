/**
 * A person's name, headline, company and location as they are stored: without the control characters and bidi
 * overrides a page, a file or another device could put in them (a name that reads backwards on screen, a bell
 * or an escape in a spreadsheet), however they came in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '@/utils/backup/file';
import { writeBackup } from '@/utils/backup/format';
import { cleanText } from '@/utils/clean-text';
import { PersonSchema } from '@/utils/model/schemas';
import type { Database } from '@/utils/db/database';
import { readPerson } from '@/utils/db/people/read';
import { savePeople } from '@/utils/db/people/write';
import { syncSide } from '@/utils/db/sync-side';
import { parseConnections } from '@/utils/linkedin/connections';
import { newPerson } from '@/utils/model/person';
import { DEFAULT_SETTINGS_DOC } from '@/utils/model/records';
import { messages } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { backupPerson } from '../../helpers/backup-files';
import { ainoProfile } from '../../helpers/profiles';
import { readBackup } from '../../helpers/whole-import';
import { useTestDatabase } from '../../helpers/test-database';

/** What must never be left: C0 and C1 controls (DEL too), bidi embeddings and overrides (202A–202E), isolates. */
function unwanted(char: string): boolean {
  const point = char.codePointAt(0)!;
  const within = (from: number, to: number) => point >= from && point <= to;
  return within(0, 0x1f) || within(0x7f, 0x9f) || within(0x202a, 0x202e) || within(0x2066, 0x2069);
}

/**
 * Any text, its characters drawn as often from the controls and from General Punctuation (where the bidi
 * controls are) as from the whole of Unicode: a handful of code points among a million are otherwise never met.
 */
const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xa0 }).map((point) => String.fromCodePoint(point)),
    fc.integer({ min: 0x2000, max: 0x206f }).map((point) => String.fromCodePoint(point)),
  ),
});

describe('cleanText', () => {
  it('takes out bidi overrides and isolates, and controls; a line break or tab becomes a space', () => {
    expect(cleanText('\u202eAino Virtanen\u202c')).toBe('Aino Virtanen');
    expect(cleanText('CTO\u2066 at\u2069 Kide\u0007\u001b[31m')).toBe('CTO at Kide[31m');
    expect(cleanText('Aino\r\nVirtanen\tTampere\u0085')).toBe('Aino  Virtanen Tampere ');
    expect(cleanText('\u0000\u0080\u009f\u007f')).toBe('');
  });

  it('never leaves a bidi control or a C0 or C1 control, whatever it is given', () => {
    fc.assert(fc.property(anyText, (value) => ![...cleanText(value)].some(unwanted)));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (value) => cleanText(cleanText(value)) === cleanText(value)));
  });

  it('leaves letters, marks, digits, punctuation, symbols and spaces of every script alone', () => {
    const ordinary = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
    const character = fc
      .integer({ min: 0x20, max: 0x10ffff })
      .map((point) => String.fromCodePoint(point))
      .filter((char) => ordinary.test(char));
    fc.assert(fc.property(fc.string({ unit: character }), (value) => cleanText(value) === value));
    // Joiners and marks that words of some scripts need, and right-to-left names, stay as they are.
    for (const name of ['Päivi Määttä', 'שרה כהן', 'محمد\u200c علي', 'क्षत्रिय', '👩‍💻 Søren', '李小龍']) {
      expect(cleanText(name)).toBe(name);
    }
  });
});

const DIRTY = {
  name: '\u202eAino\u0000 Virtanen\u202c',
  headline: 'CTO;\u2067=cmd|\u2069',
  company: 'Revontuli\u0085Oy',
  location: 'Tampere\u001b',
};
const CLEAN = { name: 'Aino Virtanen', headline: 'CTO;=cmd|', company: 'Revontuli Oy', location: 'Tampere' };

describe('every way a person’s name comes in is cleaned', () => {
  it('a profile the page reader sends, and an edit from the panel', () => {
    const viewed = messages['person.view'].request.parse({ person: ainoProfile(DIRTY) });
    expect(viewed.person).toMatchObject(CLEAN);
    const { location: _location, ...patch } = DIRTY;
    const updated = messages['person.update'].request.parse({ person: { key: 'aino' }, patch });
    expect(updated.patch).toEqual({ name: CLEAN.name, headline: CLEAN.headline, company: CLEAN.company });
    const invited = messages['invitation.sent'].request.parse({ invitee: ainoProfile(DIRTY), text: 'Hei!', at: 0 });
    expect(invited.invitee).toMatchObject(CLEAN);
  });

  it("LinkedIn's Connections.csv, cut to what a person's document holds", () => {
    const file = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      `${'A'.repeat(400)},V,https://www.linkedin.com/in/aino-virtanen,,${'B'.repeat(400)},${'C'.repeat(1200)},`,
    ].join('\r\n');
    const [aino] = parseConnections(file)!.connections;
    const person = newPerson(
      'aino-virtanen',
      { aliases: ['aino-virtanen'], name: aino!.name, company: aino!.company, headline: aino!.position },
      0,
    );
    expect(PersonSchema.safeParse(JSON.parse(JSON.stringify(person))).success).toBe(true);
  });

  it("LinkedIn's Connections.csv", () => {
    const file = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      `"\u202eAino","Virtanen\u0007",https://www.linkedin.com/in/aino-virtanen,,Revontuli\u0085Oy,"CTO;\u2067=cmd|\u2069",`,
    ].join('\r\n');
    expect(parseConnections(file)!.connections[0]).toMatchObject({
      name: 'Aino Virtanen',
      company: 'Revontuli Oy',
      position: 'CTO;=cmd|',
    });
  });

  it('a backup, of this format and of the first', () => {
    const doc = newPerson('aino', { ...DIRTY, aliases: ['aino'], lastSeen: DIRTY }, 0);
    const text = writeBackup({ people: [doc], templates: [], goals: [], settings: DEFAULT_SETTINGS_DOC });
    const reading = readBackup(text);
    expect(reading.ok && reading.backup.people[0]).toMatchObject({
      ...CLEAN,
      lastSeen: { headline: CLEAN.headline, company: CLEAN.company },
    });
    const first = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      contacts: [backupPerson('aino', 0, DIRTY)],
      interactions: [],
      templates: [],
      settings: DEFAULT_SETTINGS,
    });
    const firstReading = readBackup(first);
    expect(firstReading.ok && firstReading.backup.people[0]).toMatchObject(CLEAN);
  });

  describe('a person another device syncs', () => {
    let db: Database;
    useTestDatabase((fresh) => (db = fresh));

    it('is stored cleaned', async () => {
      const doc = newPerson('aino', { ...DIRTY, aliases: ['aino'] }, 0);
      await syncSide(db).receive([{ kind: 'person', key: 'aino', versions: [JSON.parse(JSON.stringify(doc))] }]);
      expect(await readPerson(db, 'aino')).toMatchObject(CLEAN);
    });

    it('settles: the cleaned text wins over the uncleaned one kept here from before, and nothing is sent back', async () => {
      // This computer kept Aino uncleaned (saved before cleaning existed); another sends her as it has her.
      const before = newPerson('aino', { ...DIRTY, aliases: ['aino'] }, 0);
      await savePeople(db, [before], DEFAULT_SETTINGS);
      const side = syncSide(db);
      const [{ doc: merged }] = await side.receive([
        { kind: 'person', key: 'aino', versions: [JSON.parse(JSON.stringify(before))] },
      ]);
      expect(await readPerson(db, 'aino')).toMatchObject(CLEAN);
      // What this computer answers is what it stores, and receiving that again changes nothing: sync is settled.
      expect(await side.receive([{ kind: 'person', key: 'aino', versions: [merged] }])).toEqual([
        { doc: merged, changed: false },
      ]);
      expect(merged).toMatchObject(CLEAN);
    });
  });
});
