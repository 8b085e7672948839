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
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const length = source.length;
  const separator = delimiter.charCodeAt(0);
  let row: string[] = [];
  let field = '';
  let at = 0;
  // In runs between the characters that matter, sliced whole: a messages.csv of 20 MB, read a character at a
  // time into a growing string, took seconds.
  while (at < length) {
    const code = source.charCodeAt(at);
    if (code === QUOTE && field === '') {
      let from = at + 1;
      for (;;) {
        const close = source.indexOf('"', from);
        if (close < 0) {
          field += source.slice(from);
          at = length;
          break;
        }
        field += source.slice(from, close);
        if (source.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
    } else if (code === separator) {
      row.push(field);
      field = '';
      at++;
    } else if (code === LF || code === CR) {
      if (code === CR && source.charCodeAt(at + 1) === LF) at++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at++;
    } else {
      let end = at + 1;
      while (end < length) {
        const next = source.charCodeAt(end);
        if (next === separator || next === LF || next === CR) break;
        end++;
      }
      field += source.slice(at, end);
      at = end;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Where a spreadsheet could begin a cell inside a field, and a formula after it. Excel splits a CSV on the list
 * separator of its locale, not the file's: a Finnish one on semicolons, so our comma-separated row
 * `Aino,"CTO;=cmd|…"` is the cells `Aino,"CTO` and `=cmd|…"`. A quote opens a quoted value only at a cell's
 * start; one in the middle is a character like any other, so quoting the field does not keep its semicolon
 * from splitting it there. Cells begin, in some locale, at the start of a field and after every comma,
 * semicolon, tab or line break in one, and a cell beginning with = + - @ is a formula (even one quoted, and,
 * to some programs, after spaces, tabs or quotes that they drop): each of those gets an apostrophe before it
 * ("'=cmd"), and no spreadsheet reads a cell beginning with one as a formula, whichever separator it splits on.
 */
const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)([=+\-@])/g;

/**
 * One CSV field: formulas guarded wherever a cell could begin, and quoted (RFC 4180) when it holds a separator
 * of any locale (comma, semicolon, tab), a quote or a line break, so that a spreadsheet that splits on the
 * comma or on its own separator keeps the field's beginning whole.
 */
function csvField(value: string): string {
  const safe = value.replace(FORMULA_START, "$1$2'$3");
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV file for spreadsheets: a byte order mark (so that Excel reads UTF-8: ä, ö), CRLF line ends, and the
 * cells separated by `delimiter` (spreadsheetDelimiter).
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(delimiter)).join('\r\n')}\r\n`;
}

/**
 * The separator a spreadsheet opening a CSV expects in this locale: Excel takes the system's list separator,
 * a semicolon where the comma is the decimal mark (Finnish, German, Polish…), and would otherwise put each row
 * of a comma-separated file in one cell.
 */
export function spreadsheetDelimiter(locale: string): Delimiter {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}
