/**
 * LinkedIn's own export of a member's network: `Connections.csv` from "Get a copy of your data". Pure.
 *
 * The file begins with a few note lines ("Notes:", a quoted paragraph about email addresses, a blank line)
 * before its header: First Name, Last Name, URL, Email Address, Company, Position, Connected On. Dates are
 * written like "21 Nov 2024". Opened and saved again in Excel, the same file comes back with semicolons (a
 * Finnish Excel) or tabs ("Unicode text"), and an English Excel rewrites the dates as "21-Nov-24".
 */
import { cleanText } from '../clean-text';
import { parseCsv, type Delimiter } from '../csv';
import { contactKeyFromUrl, identityFromUrl } from './urls';

/** One person of the export, keyed as the extension keys that person's profile. */
export interface Connection {
  key: string;
  slug?: string;
  profileId?: string;
  name: string;
  email: string;
  company: string;
  position: string;
  /** Local noon of the day they connected, or null when the file gave no readable date. */
  connectedAt: number | null;
}

export interface ConnectionsFile {
  connections: Connection[];
  /** Rows without a profile URL (people who left LinkedIn, or a damaged line): counted, not imported. */
  skipped: number;
}

const COLUMNS = {
  firstName: 'first name',
  lastName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "21 Nov 2024" (LinkedIn's form), "21-Nov-24" (the same after an English Excel saved it; two-digit years are
 * 1930–2029 as Excel reads them) or "2024-11-21", as local noon; null for anything else.
 */
export function parseConnectedOn(value: string): number | null {
  const written = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4}|\d{2})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  let year: number, month: number, day: number;
  if (written) {
    [day, month, year] = [Number(written[1]), MONTHS.indexOf(written[2]!.toLowerCase()), Number(written[3])];
    if (written[3]!.length === 2) year += year < 30 ? 2000 : 1900;
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  } else return null;
  const date = new Date(year, month, day, 12);
  return month >= 0 && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

function isHeader(row: string[]): boolean {
  const names = row.map((cell) => cell.trim().toLowerCase());
  return names.includes(COLUMNS.url) && names.includes(COLUMNS.firstName) && names.includes(COLUMNS.lastName);
}

/**
 * The file's rows split by the delimiter its header row uses, and where that row is. The delimiter is found from
 * the header, not the first line: LinkedIn's note lines before it hold commas whatever the file's delimiter.
 */
function rowsByHeader(text: string): { rows: string[][]; headerAt: number } | null {
  for (const delimiter of [',', ';', '\t'] satisfies Delimiter[]) {
    const rows = parseCsv(text, delimiter);
    const headerAt = rows.findIndex(isHeader);
    if (headerAt >= 0) return { rows, headerAt };
  }
  return null;
}

/**
 * The people of a Connections.csv (comma, semicolon or tab separated), or null when the text has no header row
 * naming at least the URL and the names (not LinkedIn's export).
 */
export function parseConnections(text: string): ConnectionsFile | null {
  const found = rowsByHeader(text);
  if (!found) return null;
  const { rows, headerAt } = found;
  const header = rows[headerAt]!.map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([field, name]) => [field, column(name)])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  const cell = (row: string[], index: number) => (index >= 0 ? (row[index] ?? '').trim() : '');
  /** A person's text, cleaned as every way in cleans it (a file is anyone's to write). */
  const personText = (row: string[], index: number) => cleanText(cell(row, index)).trim();

  const byKey = new Map<string, Connection>();
  let skipped = 0;
  for (const row of rows.slice(headerAt + 1)) {
    if (row.every((value) => value.trim() === '')) continue;
    const url = cell(row, at.url);
    const key = contactKeyFromUrl(url);
    if (!key) {
      skipped++;
      continue;
    }
    const identity = identityFromUrl(url)!;
    // Cut to what a person's document holds (utils/model/schemas.ts), so that no computer refuses them.
    byKey.set(key, {
      key,
      ...identity,
      name: [personText(row, at.firstName), personText(row, at.lastName)].filter(Boolean).join(' ').slice(0, 300),
      email: cell(row, at.email).slice(0, 320),
      company: personText(row, at.company).slice(0, 300),
      position: personText(row, at.position).slice(0, 1000),
      connectedAt: parseConnectedOn(cell(row, at.connectedOn)),
    });
  }
  return { connections: [...byKey.values()], skipped };
}
