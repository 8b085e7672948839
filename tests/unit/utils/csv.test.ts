import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, spreadsheetDelimiter, toCsv } from '@/utils/csv';
import { parseConnectedOn, parseConnections } from '@/utils/linkedin/connections';
import { contactsToCsv } from '@/utils/contacts-csv';
import { decodeText } from '@/utils/decode-text';
import { ainoProfile } from '../../helpers/profiles';
import { connectionsFile, NORDIC_PEOPLE, type ConnectionsFormat } from '../../helpers/connections-files';
import { summaryOf } from '../../helpers/summaries';

/** The parser as it was, a character at a time: the law below holds the faster one to it. */
function characterByCharacter(text: string, delimiter: ',' | ';' | '\t' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[at + 1] === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[at + 1] === '\n') at++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('parsing CSV', () => {
  it('reads any text as the character-at-a-time parser did', () => {
    const texts = fc.string({
      unit: fc.constantFrom('a', 'ä', ',', ';', '\t', '"', '\n', '\r', ' ', '\uFEFF'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(texts, fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (text, delimiter) => {
        expect(parseCsv(text, delimiter)).toEqual(characterByCharacter(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

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
  it('splits on the delimiter it is given, and keeps the others inside fields', () => {
    expect(parseCsv('a;"b; c";d,e\r\n', ';')).toEqual([['a', 'b; c', 'd,e']]);
    expect(parseCsv('a\t"b\tc"\td;e\n', '\t')).toEqual([['a', 'b\tc', 'd;e']]);
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
  it('quotes a field that holds the separator of any locale (comma, semicolon, tab), a quote or a line break', () => {
    expect(toCsv([['CTO; Founder', 'a\tb', 'Oy, Ab', 'say "hei"', 'two\rlines', 'plain']])).toBe(
      '\uFEFF"CTO; Founder","a\tb","Oy, Ab","say ""hei""","two\rlines",plain\r\n',
    );
  });
  it('writes no formula where a Finnish Excel splits a cell off, nor after a line break in a field', () => {
    const headline = "CTO;=cmd|' /C calc'!A0";
    const finnish = parseCsv(toCsv([['Aino Virtanen', headline, 'x']]), ';');
    expect(finnish).toEqual([['Aino Virtanen,"CTO', `'=cmd|' /C calc'!A0",x`]]);
    expect(parseCsv(toCsv([['Aino', 'Hei\n@once', 'x']]))).toEqual([['Aino', "Hei\n'@once", 'x']]);
  });
  it('gives no cell a spreadsheet of any locale would read as a formula, and reads back as written', () => {
    // Characters that make cells, quote them, start formulas, or pad before one; and some letters.
    const char = fc.constantFrom(',', ';', '\t', '\r', '\n', '"', "'", '=', '+', '-', '@', ' ', 'a', 'Ä');
    const field = fc.string({ unit: char, maxLength: 8 });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    const formula = /^[\s"]*[=+\-@]/;
    const withoutGuards = (value: string) => value.replaceAll("'", '');
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';'), (table, written) => {
        const text = toCsv(table, written);
        // Each locale's Excel splits the text on its own separator; a quote opens a field only at its start.
        for (const delimiter of [',', ';', '\t'] as const) {
          for (const cell of parseCsv(text, delimiter).flat()) expect(cell).not.toMatch(formula);
        }
        // Read with the separator it was written with, only the guards' apostrophes were added.
        const read = parseCsv(text, written);
        expect(read.map((row) => row.map(withoutGuards))).toEqual(table.map((row) => row.map(withoutGuards)));
      }),
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
    // After an English Excel saved the file; two-digit years as Excel reads them (1930–2029).
    expect(parseConnectedOn('21-Nov-24')).toBe(new Date(2024, 10, 21, 12).getTime());
    expect(parseConnectedOn('3-Feb-95')).toBe(new Date(1995, 1, 3, 12).getTime());
    expect(parseConnectedOn('29-Feb-23')).toBeNull();
    expect(parseConnectedOn('2023-03-05')).toBe(new Date(2023, 2, 5, 12).getTime());
    expect(parseConnectedOn('31 Feb 2023')).toBeNull();
    expect(parseConnectedOn('5 Foo 2023')).toBeNull();
    expect(parseConnectedOn('yesterday')).toBeNull();
  });
});

describe('Connections.csv as people have it, byte for byte', () => {
  const formats: [ConnectionsFormat, string][] = [
    ['linkedin', 'plain UTF-8 with commas, as LinkedIn sends it'],
    ['excel-csv-utf8', 'UTF-8 with a byte order mark and commas (Excel "CSV UTF-8")'],
    ['excel-finnish-csv', 'Windows-1252 with semicolons (a Finnish Excel\'s "CSV")'],
    ['excel-unicode-text', 'UTF-16LE with tabs (Excel "Unicode text")'],
  ];
  it.each(formats)('reads %s: every name, company and date right (%s)', (format) => {
    const file = parseConnections(decodeText(connectionsFile(format)))!;
    expect(file.skipped).toBe(0);
    expect(
      file.connections.map(({ name, company, position, connectedAt }) => ({ name, company, position, connectedAt })),
    ).toEqual(
      NORDIC_PEOPLE.map((person) => ({
        name: `${person.first} ${person.last}`,
        company: person.company,
        position: person.position,
        connectedAt: parseConnectedOn(person.connectedOn),
      })),
    );
    expect(file.connections.map((connection) => connection.key)).toEqual(NORDIC_PEOPLE.map((person) => person.slug));
  });
});

describe('contacts as a spreadsheet', () => {
  // The words are the caller's (the dashboard's, in the person's language): English here.
  const NAMES = {
    name: 'Name',
    headline: 'Headline',
    company: 'Company',
    location: 'Location',
    email: 'Email',
    tags: 'Tags',
    lastContact: 'Last contact',
    nextDue: 'Next due',
    connectedOn: 'Connected on',
    profileUrl: 'Profile URL',
  };
  it("separates cells as the spreadsheet of the browser's locale does: a semicolon where the comma is decimal", () => {
    // Excel in Finnish, German or Polish splits a double-clicked CSV on semicolons: commas put each row in one cell.
    expect(['fi-FI', 'fi', 'sv-FI', 'de-DE', 'pl-PL'].map(spreadsheetDelimiter)).toEqual([';', ';', ';', ';', ';']);
    expect(['en-US', 'en-GB', 'ja-JP'].map(spreadsheetDelimiter)).toEqual([',', ',', ',']);
    const finnish = parseCsv(contactsToCsv([summaryOf(ainoProfile(), 0)], { delimiter: ';', columnNames: NAMES }), ';');
    expect(finnish[1]?.slice(0, 3)).toEqual(['Aino Virtanen', 'Product designer at Revontuli Oy', 'Revontuli Oy']);
  });

  it('writes one row per person, dates as days, tags joined', () => {
    const contact = {
      ...summaryOf(ainoProfile(), new Date(2026, 10, 1, 12).getTime()),
      tags: ['mentors', 'UX'],
      lastContactAt: new Date(2026, 10, 20, 15).getTime(),
      email: 'aino@example.fi',
    };
    const rows = parseCsv(contactsToCsv([contact], { delimiter: ',', columnNames: NAMES }));
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
