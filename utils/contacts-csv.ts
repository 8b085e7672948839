/** Contacts as a spreadsheet: one row per person, dates as YYYY-MM-DD (any spreadsheet reads them). Pure. */
import { toCsv, type Delimiter } from './csv';
import { profileUrlOf } from './linkedin/urls';
import { toDateInput } from './time';
import type { Summary } from './model/summary';

/** The columns, in their order. */
export const CSV_COLUMNS = [
  'name',
  'headline',
  'company',
  'location',
  'email',
  'tags',
  'lastContact',
  'nextDue',
  'connectedOn',
  'profileUrl',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  /** As the spreadsheet that opens the file expects (csv.ts, spreadsheetDelimiter). */
  delimiter: Delimiter;
  /** The header row's words, in the person's language. */
  columnNames: Record<CsvColumn, string>;
}

const day = (time: number | null) => (time === null ? '' : toDateInput(time));

export function contactsToCsv(contacts: readonly Summary[], { delimiter, columnNames }: CsvOptions): string {
  const rows = [...contacts]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((contact) => [
      contact.name,
      contact.headline,
      contact.company,
      contact.location,
      contact.email,
      contact.tags.join('; '),
      day(contact.lastContactAt),
      day(contact.dueAt),
      day(contact.connectedAt),
      profileUrlOf(contact.key),
    ]);
  return toCsv([CSV_COLUMNS.map((column) => columnNames[column]), ...rows], delimiter);
}
