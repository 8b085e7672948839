/** Comma-separated values as spreadsheets write and read them (RFC 4180). Pure. */

/**
 * What separates fields: a comma (RFC 4180, LinkedIn), a semicolon (Excel where the comma is the decimal mark,
 * as in Finland), or a tab (Excel's "Unicode text").
 */
export type Delimiter = ',' | ';' | '\t';

/**
 * The rows of a CSV text: quoted fields may hold the delimiter, quotes ("") and line breaks; CRLF and LF both end
 * a row; a byte order mark is dropped. Blank lines are kept as rows of one empty field, so callers can skip them.
 */
export function parseCsv(text: string, delimiter: Delimiter = ','): string[][] {
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

/**
 * One CSV field. A cell beginning with = + - @ is a formula to a spreadsheet (a name like "=HYPERLINK(…)" would
 * run): it gets a leading apostrophe, which spreadsheets show as text.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV file for spreadsheets: a byte order mark (so that Excel reads UTF-8: ä, ö), CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
