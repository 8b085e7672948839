/**
 * LinkedIn's Connections.csv byte for byte as people have it: as LinkedIn sends it, and after Excel on Windows
 * opened and saved it in each of its text formats. Fictional people with Nordic names.
 *
 * What Excel writes, from its own "Save as" types (Microsoft 365, Windows):
 * - "CSV UTF-8 (comma delimited)": a UTF-8 byte order mark (EF BB BF), commas, CRLF; an English Excel has read
 *   "21 Nov 2024" as a date and writes it back as "21-Nov-24".
 * - "CSV (comma delimited)" in a Finnish Excel: the list separator of the locale, a semicolon; the ANSI code page,
 *   Windows-1252 (ö is the single byte F6), no byte order mark; CRLF. A Finnish Excel does not read English month
 *   names, so the dates stay as LinkedIn wrote them.
 * - "Unicode text": UTF-16LE with a byte order mark (FF FE), tabs, CRLF.
 * Excel quotes a field only when it holds the delimiter, a quote or a line break, and pads every row with empty
 * fields to the width of the sheet (the note lines too: "Notes:;;;;;;").
 */

export interface FictionalConnection {
  first: string;
  last: string;
  slug: string;
  company: string;
  position: string;
  /** As LinkedIn writes it: "21 Nov 2024". */
  connectedOn: string;
}

export const NORDIC_PEOPLE: FictionalConnection[] = [
  {
    first: 'Björn',
    last: 'Öberg',
    slug: 'bjorn-oberg-1a2b3c',
    company: 'Norrsken AB',
    position: 'Säljchef',
    connectedOn: '21 Nov 2024',
  },
  {
    first: 'Åsa',
    last: 'Ähtäri',
    slug: 'asa-ahtari',
    company: 'Ääni & Kuva Oy',
    position: 'Designer, UX',
    connectedOn: '03 Feb 2019',
  },
  {
    first: 'Søren',
    last: 'Ødegård',
    slug: 'soren-odegard',
    company: 'Fjord "Data" AS',
    position: 'Utvikler',
    connectedOn: '15 Jun 2022',
  },
  {
    first: 'Päivi',
    last: 'Määttä',
    slug: 'paivi-maatta-77',
    company: 'Kide Oy',
    position: 'Myyntipäällikkö; Pohjoismaat',
    connectedOn: '01 Jan 2021',
  },
];

const HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const NOTE =
  'When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261';

/** The sheet: LinkedIn's note lines, the header, one row per person. */
function sheet(people: readonly FictionalConnection[], date: (connectedOn: string) => string): string[][] {
  return [
    ['Notes:'],
    [NOTE],
    [],
    HEADER,
    ...people.map((person) => [
      person.first,
      person.last,
      `https://www.linkedin.com/in/${person.slug}`,
      '',
      person.company,
      person.position,
      date(person.connectedOn),
    ]),
  ];
}

/** Rows as text: a field quoted when it holds the delimiter, a quote or a line break; `pad` as Excel does. */
function write(rows: string[][], delimiter: string, lineEnd: string, pad: boolean): string {
  const field = (value: string) =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const width = Math.max(...rows.map((row) => row.length));
  const padded = pad ? rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]) : rows;
  return padded.map((row) => row.map(field).join(delimiter)).join(lineEnd) + lineEnd;
}

const asWritten = (connectedOn: string) => connectedOn;

/** "21 Nov 2024" as an English Excel writes the date it read: "21-Nov-24". */
const excelDate = (connectedOn: string) => {
  const [day, month, year] = connectedOn.split(' ');
  return `${Number(day)}-${month}-${year!.slice(2)}`;
};

/** Windows-1252 for the Latin-1 letters these names use (the same code points as bytes). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`Not written here: ${char}`);
    return code;
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export type ConnectionsFormat = 'linkedin' | 'excel-csv-utf8' | 'excel-finnish-csv' | 'excel-unicode-text';

/** The bytes of Connections.csv with these people, as LinkedIn or Excel writes it. */
export function connectionsFile(
  format: ConnectionsFormat,
  people: readonly FictionalConnection[] = NORDIC_PEOPLE,
): Uint8Array {
  switch (format) {
    case 'linkedin':
      // LinkedIn's own: plain UTF-8, LF, each row as long as its content.
      return utf8(write(sheet(people, asWritten), ',', '\n', false));
    case 'excel-csv-utf8':
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(write(sheet(people, excelDate), ',', '\r\n', true))]);
    case 'excel-finnish-csv':
      return windows1252(write(sheet(people, asWritten), ';', '\r\n', true));
    case 'excel-unicode-text': {
      const text = write(sheet(people, excelDate), '\t', '\r\n', true);
      return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    }
  }
}
