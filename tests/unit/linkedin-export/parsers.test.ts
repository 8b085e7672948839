import { describe, expect, it } from 'vitest';
import { parseEndorsementDate, parseMessageDate, parseUsShortDate } from '@/utils/linkedin-export/dates';
import { exportFileKind } from '@/utils/linkedin-export/files';
import { parseEndorsements, parseProfileName, parseRecommendations } from '@/utils/linkedin-export/help';
import { exportIdentity } from '@/utils/linkedin-export/identity';
import { parseInvitations } from '@/utils/linkedin-export/invitations';
import { parseMessages } from '@/utils/linkedin-export/messages';
import { repairMojibake } from '@/utils/linkedin-export/mojibake';
import { findOwner } from '@/utils/linkedin-export/owner';
import { readExport } from '@/utils/linkedin-export/read';
import { fixtureExport, fixtureFile } from '../../helpers/linkedin-export';

describe('the files of an export', () => {
  it('are read by name; LinkedIn’s own chats and everything else are skipped by name', () => {
    expect(exportFileKind('Basic_LinkedInDataExport_03-12-2026/messages.csv')).toBe('messages');
    expect(exportFileKind('Connections (1).csv')).toBe('connections');
    expect(exportFileKind('Endorsement_Received_Info.csv')).toBe('endorsements-received');
    expect(exportFileKind('guide_messages.csv')).toBeNull();
    expect(exportFileKind('learning_role_play_messages.csv')).toBeNull();
    expect(exportFileKind('Ad_Targeting.csv')).toBeNull();
  });

  it('says what each file gave and what it skipped', () => {
    const read = readExport(fixtureExport('basic'));
    expect(read.refused).toEqual([]);
    expect(read.skipped.map((path) => path.split('/').pop()).sort()).toEqual([
      'Ad_Targeting.csv',
      'guide_messages.csv',
    ]);
    const rows = Object.fromEntries(read.read.map((file) => [file.kind, [file.rows, file.skipped]]));
    expect(rows).toEqual({
      connections: [3, 1],
      messages: [9, 0],
      invitations: [2, 0],
      'endorsements-given': [1, 0],
      'endorsements-received': [1, 1],
      'recommendations-given': [2, 0],
      'recommendations-received': [1, 0],
      profile: [1, 0],
    });
  });

  it('refuses a known file whose header is not the one expected', () => {
    const read = readExport([{ path: 'messages.csv', text: 'Name,When\nAino,yesterday\n' }]);
    expect(read.refused).toEqual([{ path: 'messages.csv', kind: 'messages' }]);
  });
});

describe('messages.csv', () => {
  it('reads the newer format: recipients, drafts, folders', () => {
    const file = parseMessages(fixtureFile('basic', 'messages.csv').text)!;
    const first = file.messages[0]!;
    expect(first).toMatchObject({
      conversationId: '2-AAAA1111',
      sender: { key: 'aino-makela', name: 'Aino Mäkelä' },
      recipients: [{ key: 'sanna-virtanen', name: 'Sanna Virtanen' }],
      at: Date.UTC(2026, 2, 11, 9, 15, 40),
      notContact: false,
    });
    expect(file.messages[4]!.recipients.map((person) => person.key)).toEqual([
      'sanna-virtanen',
      'liisanieminen',
      'olli-lurker',
    ]);
    // The InMail, the draft and the sponsored message are never contact.
    expect(file.messages.filter((message) => message.notContact).map((message) => message.conversationId)).toEqual([
      '2-CCCC3333',
      '2-DDDD4444',
      '2-EEEE5555',
    ]);
  });

  it('reads the older format without recipients’ addresses', () => {
    const file = parseMessages(fixtureFile('older', 'messages.csv').text)!;
    expect(file.messages).toHaveLength(5);
    expect(file.messages[0]!.recipients).toEqual([]);
    expect(file.messages[0]!.sender?.key).toBe('pekka-korhonen-1b2c3');
  });
});

describe('the other files', () => {
  it('Invitations.csv: direction, the other person, the note, US short dates', () => {
    const file = parseInvitations(fixtureFile('basic', 'Invitations.csv').text)!;
    expect(file.invitations).toEqual([
      {
        direction: 'outgoing',
        other: { key: 'liisanieminen', slug: 'liisanieminen', name: 'Liisa Nieminen' },
        ownerKey: 'sanna-virtanen',
        at: new Date(2024, 10, 20, 18, 42).getTime(),
        note: 'Hi Liisa, we met at the data meetup; I would like to keep in touch.',
      },
      {
        direction: 'incoming',
        other: { key: 'matti-meikalainen', slug: 'matti-meikalainen', name: 'Matti Meikäläinen' },
        ownerKey: 'sanna-virtanen',
        at: new Date(2026, 2, 2, 10, 4).getTime(),
        note: '',
      },
    ]);
  });

  it('endorsements: addresses without a scheme, rejected ones skipped', () => {
    const received = parseEndorsements(fixtureFile('basic', 'Endorsement_Received_Info.csv').text, 'received')!;
    expect(received).toEqual({
      rows: [
        {
          direction: 'received',
          person: { key: 'aino-makela', slug: 'aino-makela', name: 'Aino Mäkelä' },
          skill: 'Product Management',
          at: Date.UTC(2025, 0, 12, 8, 25, 59),
        },
      ],
      skipped: 1,
    });
    // The given file's columns are the endorsee's: the received file's header is not it.
    expect(parseEndorsements(fixtureFile('basic', 'Endorsement_Received_Info.csv').text, 'given')).toBeNull();
  });

  it('recommendations and the profile’s name', () => {
    const given = parseRecommendations(fixtureFile('basic', 'Recommendations_Given.csv').text, 'given')!;
    expect(given.rows[0]).toEqual({
      direction: 'given',
      name: 'Liisa Nieminen',
      text: 'Liisa builds teams people want to stay in.',
      at: new Date(2025, 0, 19, 0, 10).getTime(),
    });
    expect(parseProfileName(fixtureFile('basic', 'Profile.csv').text)).toBe('Sanna Virtanen');
  });

  it('dates in each file’s form, and nothing else', () => {
    expect(parseMessageDate('2026-03-11 09:15:40 UTC')).toBe(Date.UTC(2026, 2, 11, 9, 15, 40));
    expect(parseMessageDate('2024-01-15')).toBe(Date.UTC(2024, 0, 15, 12));
    expect(parseMessageDate('2026-02-30 10:00:00 UTC')).toBeNull();
    expect(parseEndorsementDate('2020/05/12 08:25:59 UTC')).toBe(Date.UTC(2020, 4, 12, 8, 25, 59));
    expect(parseUsShortDate('3/2/26, 10:04 AM')).toBe(new Date(2026, 2, 2, 10, 4).getTime());
    expect(parseUsShortDate('12/31/25, 12:30 PM')).toBe(new Date(2025, 11, 31, 12, 30).getTime());
    expect(parseUsShortDate('12/31/25, 12:30 AM')).toBe(new Date(2025, 11, 31, 0, 30).getTime());
    expect(parseUsShortDate('13/1/25')).toBeNull();
  });

  it('profile addresses by the same identity rules as everywhere', () => {
    expect(exportIdentity('www.linkedin.com/in/Aino-Makela')).toEqual({ slug: 'aino-makela', key: 'aino-makela' });
    expect(exportIdentity('http://fi.linkedin.com/in/aino-makela/')).toEqual({
      slug: 'aino-makela',
      key: 'aino-makela',
    });
    expect(exportIdentity('')).toBeNull();
    expect(exportIdentity('https://example.com/in/aino')).toBeNull();
  });
});

describe('names garbled by double encoding', () => {
  it('are repaired when clearly double-encoded UTF-8', () => {
    expect(repairMojibake('MÃ¤kelÃ¤')).toBe('Mäkelä');
    expect(repairMojibake('JÃ¶rgen â€“ Ã…sa')).toBe('Jörgen – Åsa');
    const read = readExport([fixtureFile('basic', 'Connections.csv')]);
    expect(read.connections.find((connection) => connection.key === 'aino-makela')?.name).toBe('Aino Mäkelä');
  });

  it('are left alone otherwise', () => {
    for (const name of ['Mäkelä', 'SÃO PAULO', 'Ã', 'Åsa Öberg', 'Zoë', '李明'])
      expect(repairMojibake(name)).toBe(name);
  });
});

describe('the owner of the export', () => {
  it('is the address on the user’s side of every conversation and invitation', () => {
    const read = readExport(fixtureExport('basic'));
    expect(findOwner(read.messages, read.invitations, read.ownerName)).toBe('sanna-virtanen');
    expect(findOwner(readExport(fixtureExport('older')).messages, [], null)).toBe('sanna-virtanen');
  });

  it('is nobody when the export does not tell (one conversation of two, no profile)', () => {
    const messages = parseMessages(fixtureFile('basic', 'messages.csv').text)!.messages.slice(0, 4);
    expect(findOwner(messages, [], null)).toBeNull();
    expect(findOwner(messages, [], 'Sanna Virtanen')).toBe('sanna-virtanen');
  });
});

describe('a large export', () => {
  it('reads a messages.csv of 150,000 rows (more than a function takes as arguments)', () => {
    const header =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT';
    const row = (n: number) =>
      `c${n % 5000},,Aino,https://www.linkedin.com/in/aino,Sanna,https://www.linkedin.com/in/sanna,2026-03-11 09:15:40 UTC,,hi`;
    const text = [header, ...Array.from({ length: 150_000 }, (_, n) => row(n))].join('\n');
    expect(readExport([{ path: 'messages.csv', text }]).messages).toHaveLength(150_000);
  });
});
