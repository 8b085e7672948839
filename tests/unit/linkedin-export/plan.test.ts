import { describe, expect, it } from 'vitest';
import { planExport } from '@/utils/linkedin-export/plan';
import { readExport } from '@/utils/linkedin-export/read';
import { fixtureExport, TEST_WORDS } from '../../helpers/linkedin-export';
import { restoreTimeZoneAfterAll } from '../../helpers/time-zones';

const plan = (keepTexts = false) => planExport(readExport(fixtureExport('basic')), { keepTexts, words: TEST_WORDS });
const personOf = (key: string, keepTexts = false) => plan(keepTexts).people.find((person) => person.key === key);

describe('planning an export', () => {
  it('never makes the owner a contact', () => {
    const { owner, people } = plan();
    expect(owner).toBe('sanna-virtanen');
    expect(people.map((person) => person.key)).toEqual([
      'aino-makela',
      'liisanieminen',
      'matti-meikalainen',
      'pekka-korhonen-1b2c3',
    ]);
  });

  it('makes one entry per conversation and day with the count, without texts by default', () => {
    const aino = personOf('aino-makela')!;
    expect(aino.name).toBe('Aino Mäkelä');
    const messages = aino.entries.filter((entry) => entry.type === 'message').sort((a, b) => a.at - b.at);
    expect(messages.map(({ text, at }) => ({ text, at }))).toEqual([
      { text: '3 messages', at: Date.UTC(2026, 2, 11, 10, 5, 12) },
      { text: '1 messages', at: Date.UTC(2026, 3, 2, 8) },
    ]);
    expect(aino.wroteAt).toBe(Date.UTC(2026, 3, 2, 8));
  });

  it('keeps the texts when the user chose so', () => {
    const aino = personOf('aino-makela', true)!;
    const day = aino.entries.find((entry) => entry.type === 'message' && entry.text.startsWith('3 messages'))!;
    expect(day.text).toBe(
      '3 messages\nAino Mäkelä: Hei Sanna, would you have time for coffee, next week?\n' +
        'Sanna Virtanen: Gladly! Tuesday?\nAino Mäkelä: Tuesday it is.',
    );
  });

  it('counts a group conversation for the members who wrote in it too, not for those who only read', () => {
    const { people } = plan();
    const pekka = people.find((person) => person.key === 'pekka-korhonen-1b2c3')!;
    expect(pekka.entries.filter((entry) => entry.type === 'message').map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['1 messages in Data meetup crew']),
    );
    expect(people.some((person) => person.key === 'olli-lurker')).toBe(false);
    // Liisa was in the group but never wrote there, and the one message to her is a draft.
    const liisa = people.find((person) => person.key === 'liisanieminen')!;
    expect(liisa.entries.filter((entry) => entry.type === 'message')).toEqual([]);
  });

  it('makes no contact of an unanswered InMail, a draft or a sponsored message', () => {
    const { people, counts } = plan();
    expect(people.some((person) => ['rekry-recruiter', 'acme-ads'].includes(person.key))).toBe(false);
    // Conversations, each counted once: two in touch, and three of nothing that is contact (an InMail, a draft,
    // a sponsored message), none of them also counted as unanswered.
    expect(counts).toMatchObject({ conversations: 5, inTouch: 2, unanswered: 0, notContact: 3, ownerFound: true });
  });

  it('puts invitations, endorsements and recommendations on the timelines', () => {
    const { people, counts } = plan();
    const liisa = people.find((person) => person.key === 'liisanieminen')!;
    expect(liisa.entries.map(({ type, text }) => [type, text]).sort()).toEqual([
      ['event', 'Connected on LinkedIn'],
      ['gave_help', 'Recommended: Liisa builds teams people want to stay in.'],
      ['invitation', 'Invited: Hi Liisa, we met at the data meetup; I would like to keep in touch.'],
    ]);
    // An invitation received is no contact until answered: a note.
    expect(people.find((person) => person.key === 'matti-meikalainen')!.entries.map((entry) => entry.type)).toEqual([
      'note',
    ]);
    const aino = people.find((person) => person.key === 'aino-makela')!;
    expect(
      aino.entries
        .filter((entry) => entry.type === 'received_help')
        .map((entry) => entry.text)
        .sort(),
    ).toEqual(['Endorsed you for Product Management', 'Recommended you: Sanna asks the questions that matter.']);
    expect(counts.unplaced).toBe(1);
  });

  it('gives the same entries the same ids, whatever the files’ order', () => {
    const files = fixtureExport('basic');
    const forward = planExport(readExport(files), { keepTexts: false, words: TEST_WORDS });
    const backward = planExport(readExport([...files].reverse()), { keepTexts: false, words: TEST_WORDS });
    expect(backward).toEqual(forward);
    const ids = forward.people.flatMap((person) => person.entries.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the older messages format: a conversation of two counts every message; a name alone places nobody', () => {
    const older = planExport(readExport(fixtureExport('older')), { keepTexts: false, words: TEST_WORDS });
    expect(older.owner).toBe('sanna-virtanen');
    expect(older.people.map((person) => [person.key, person.entries.map((entry) => entry.text)])).toEqual([
      // old-3 names Liisa only by name (no recipients' addresses in that format): not matched by name alone.
      ['pekka-korhonen-1b2c3', ['3 messages']],
    ]);
  });
});

describe('texts kept', () => {
  it('are cleaned as every text that comes in is (no bidi overrides, one line per message)', () => {
    const files = fixtureExport('basic').map((file) =>
      file.path.endsWith('/messages.csv')
        ? { ...file, text: file.text.replace('Tuesday it is.', '"Tuesday\u202e it\nis."') }
        : file,
    );
    const aino = planExport(readExport(files), { keepTexts: true, words: TEST_WORDS }).people.find(
      (person) => person.key === 'aino-makela',
    )!;
    expect(aino.entries.map((entry) => entry.text).join('\n')).toContain('Aino Mäkelä: Tuesday it is.');
  });
});

describe('the ids of an export’s entries', () => {
  restoreTimeZoneAfterAll();
  const idsIn = (zone: string) => {
    process.env.TZ = zone;
    return plan()
      .people.flatMap((person) => person.entries.map((entry) => entry.id))
      .sort();
  };

  it('are the same on a computer in any time zone: a laptop that travelled imports without duplicates', () => {
    const helsinki = idsIn('Europe/Helsinki');
    expect(idsIn('America/New_York')).toEqual(helsinki);
    expect(idsIn('Asia/Kolkata')).toEqual(helsinki);
  });
});
