import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/utils/csv';
import { parseConnectedOn, parseConnections } from '@/utils/linkedin/connections';
import { contactsToCsv } from '@/utils/contacts-csv';
import { newContact } from '@/utils/contacts';
import { ainoProfile } from '../helpers/profiles';

describe('parsing CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hei""","two\nlines"\n')).toEqual([['a', 'b, c', 'say "hei"', 'two\nlines']]);
  });
  it('takes CRLF and LF, drops a byte order mark, keeps empty fields', () => {
    expect(parseCsv('\uFEFFname,town\r\nÄijä,,\r\nÖrö,Pori')).toEqual([
      ['name', 'town'],
      ['Äijä', '', ''],
      ['Örö', 'Pori'],
    ]);
  });
  it('round-trips what it writes', () => {
    const rows = [
      ['Name', 'Note'],
      ['Liisa Mäkelä', 'said "hei", then\nleft'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('writes formulas as text, so that a spreadsheet never runs a name', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+358 40', '@home', 'plain']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")",\'+358 40,\'@home,plain\r\n',
    );
  });
});

/** LinkedIn's export as it comes: note lines before the header. Fictional people. */
const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Aino,Virtanen,https://www.linkedin.com/in/aino-virtanen-4b2a1c,aino@example.fi,Revontuli Oy,"Product designer, UX",21 Nov 2024',
  'Mikko,Korhonen,https://www.linkedin.com/in/Mikko-Korhonen,,"Kide Analytics, Oy",Data engineer,03 Feb 2019',
  'Former,Member,,,,,01 Jan 2015',
  'Jää,Äyräpää,https://www.linkedin.com/in/j%C3%A4%C3%A4-ayrapaa,,,,',
  '',
].join('\r\n');

describe("LinkedIn's Connections.csv", () => {
  it('finds the header after the note lines and reads each person by their contact key', () => {
    const file = parseConnections(`\uFEFF${CONNECTIONS}`)!;
    expect(file.skipped).toBe(1);
    expect(file.connections).toEqual([
      {
        key: 'aino-virtanen-4b2a1c',
        slug: 'aino-virtanen-4b2a1c',
        name: 'Aino Virtanen',
        email: 'aino@example.fi',
        company: 'Revontuli Oy',
        position: 'Product designer, UX',
        connectedAt: new Date(2024, 10, 21, 12).getTime(),
      },
      {
        key: 'mikko-korhonen',
        slug: 'mikko-korhonen',
        name: 'Mikko Korhonen',
        email: '',
        company: 'Kide Analytics, Oy',
        position: 'Data engineer',
        connectedAt: new Date(2019, 1, 3, 12).getTime(),
      },
      {
        key: 'jää-ayrapaa',
        slug: 'jää-ayrapaa',
        name: 'Jää Äyräpää',
        email: '',
        company: '',
        position: '',
        connectedAt: null,
      },
    ]);
  });
  it('is not a file without the header', () => {
    expect(parseConnections('name,town\nAino,Tampere')).toBeNull();
    expect(parseConnections('')).toBeNull();
  });
  it("reads LinkedIn's dates, and no impossible ones", () => {
    expect(parseConnectedOn('5 Mar 2023')).toBe(new Date(2023, 2, 5, 12).getTime());
    expect(parseConnectedOn('2023-03-05')).toBe(new Date(2023, 2, 5, 12).getTime());
    expect(parseConnectedOn('31 Feb 2023')).toBeNull();
    expect(parseConnectedOn('5 Foo 2023')).toBeNull();
    expect(parseConnectedOn('yesterday')).toBeNull();
  });
});

describe('contacts as a spreadsheet', () => {
  it('writes one row per person, dates as days, tags joined', () => {
    const contact = {
      ...newContact(ainoProfile(), new Date(2026, 10, 1, 12).getTime()),
      tags: ['mentors', 'UX'],
      lastContactAt: new Date(2026, 10, 20, 15).getTime(),
      email: 'aino@example.fi',
    };
    const rows = parseCsv(contactsToCsv([contact]));
    expect(rows[0]).toEqual([
      'Name',
      'Headline',
      'Company',
      'Location',
      'Email',
      'Tags',
      'Last contact',
      'Next due',
      'Connected on',
      'Profile URL',
    ]);
    expect(rows[1]).toEqual([
      'Aino Virtanen',
      'Product designer at Revontuli Oy',
      'Revontuli Oy',
      'Tampere, Pirkanmaa, Finland',
      'aino@example.fi',
      'mentors; UX',
      '2026-11-20',
      '',
      '',
      'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
    ]);
  });
});
