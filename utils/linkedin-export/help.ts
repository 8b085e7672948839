/**
 * Help given and received in LinkedIn's export: endorsements (Endorsement_Given_Info.csv and
 * Endorsement_Received_Info.csv: Endorsement Date "2020/05/12 08:25:59 UTC", Skill Name, Endorsee or Endorser
 * First Name, Last Name, Public Url, Endorsement Status) and recommendations (Recommendations_Given.csv and
 * Recommendations_Received.csv: First Name, Last Name, Company, Job Title, Text, Creation Date "01/19/13, 12:10 AM",
 * Status). Pure.
 *
 * Recommendations carry no profile address: a person is never matched by name alone, so they are placed only on
 * someone the same export's Connections.csv names once by that name (planned in plan.ts), and counted otherwise.
 */
import { cleanText } from '../clean-text';
import { parseEndorsementDate, parseUsShortDate } from './dates';
import { exportName, exportPerson, type ExportPerson } from './identity';
import { readTable } from './table';

export type HelpDirection = 'given' | 'received';

export interface ExportEndorsement {
  direction: HelpDirection;
  person: ExportPerson;
  skill: string;
  at: number;
}

export interface ExportRecommendation {
  direction: HelpDirection;
  name: string;
  text: string;
  at: number;
}

export interface HelpFile<Row> {
  rows: Row[];
  skipped: number;
}

export function endorsementColumns(direction: HelpDirection) {
  const who = direction === 'given' ? 'endorsee' : 'endorser';
  return ['endorsement date', 'skill name', `${who} first name`, `${who} last name`, `${who} public url`] as const;
}

export function parseEndorsements(text: string, direction: HelpDirection): HelpFile<ExportEndorsement> | null {
  const columns = endorsementColumns(direction);
  const table = readTable(text, columns);
  if (!table) return null;
  const rows: ExportEndorsement[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const at = parseEndorsementDate(table.cell(row, columns[0]));
    const person = exportPerson(
      table.cell(row, columns[4]),
      exportName(table.cell(row, columns[2]), table.cell(row, columns[3])),
    );
    // A rejected or hidden endorsement is none.
    const status = table.cell(row, 'endorsement status');
    if (at === null || !person || /rejected|hidden/i.test(status)) {
      skipped++;
      continue;
    }
    rows.push({ direction, person, skill: cleanText(table.cell(row, 'skill name')).trim().slice(0, 200), at });
  }
  return { rows, skipped };
}

export const RECOMMENDATION_COLUMNS = ['first name', 'last name', 'text', 'creation date'] as const;

export function parseRecommendations(text: string, direction: HelpDirection): HelpFile<ExportRecommendation> | null {
  const table = readTable(text, RECOMMENDATION_COLUMNS);
  if (!table) return null;
  const rows: ExportRecommendation[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const at = parseUsShortDate(table.cell(row, 'creation date'));
    const name = exportName(table.cell(row, 'first name'), table.cell(row, 'last name'));
    if (at === null || !name || /pending|rejected/i.test(table.cell(row, 'status'))) {
      skipped++;
      continue;
    }
    rows.push({ direction, name, text: cleanText(table.cell(row, 'text')).trim().slice(0, 5000), at });
  }
  return { rows, skipped };
}

/** The member's own name from Profile.csv (First Name, Last Name, Headline, …), or null. */
export function parseProfileName(text: string): string | null {
  const table = readTable(text, ['first name', 'last name', 'headline']);
  const row = table?.rows[0];
  return (row && exportName(table.cell(row, 'first name'), table.cell(row, 'last name'))) || null;
}
