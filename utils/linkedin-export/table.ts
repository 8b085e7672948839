/**
 * A CSV file of the export as a table: its header found (after any note lines), each row by column name. Pure.
 * Column names are compared folded (case and spaces), as LinkedIn has changed their case over the years.
 */
import { parseCsv, type Delimiter } from '../csv';

export interface Table {
  /** The row's cell in the named column ('' when the file has no such column). */
  cell(row: readonly string[], column: string): string;
  has(column: string): boolean;
  rows: string[][];
}

export function foldColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * The table whose header row names every `required` column, in a comma, semicolon or tab separated text (a
 * file opened and saved in Excel); null when no row does. Blank rows are dropped.
 */
export function readTable(text: string, required: readonly string[]): Table | null {
  const wanted = required.map(foldColumn);
  for (const delimiter of [',', ';', '\t'] satisfies Delimiter[]) {
    // The header is near the top (Connections.csv has three note lines before it): look no further.
    const head = parseCsv(text.slice(0, 4096), delimiter).slice(0, 10);
    const headerAt = head.findIndex((row) => {
      const names = row.map(foldColumn);
      return wanted.every((name) => names.includes(name));
    });
    if (headerAt < 0) continue;
    const all = parseCsv(text, delimiter);
    const header = all[headerAt]!.map(foldColumn);
    const index = new Map(header.map((name, at) => [name, at] as const).reverse());
    // Columns are asked for by name on every row: each name folded once.
    const columnAt = new Map<string, number | undefined>();
    const at = (column: string) => {
      if (!columnAt.has(column)) columnAt.set(column, index.get(foldColumn(column)));
      return columnAt.get(column);
    };
    return {
      rows: all.slice(headerAt + 1).filter((row) => row.some((value) => value.trim() !== '')),
      has: (column) => at(column) !== undefined,
      cell: (row, column) => {
        const found = at(column);
        return found === undefined ? '' : (row[found] ?? '').trim();
      },
    };
  }
  return null;
}
