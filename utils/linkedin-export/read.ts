/**
 * The files of an export read into one whole: each file by its name (files.ts), checked against the header it
 * must have; what was read and what was skipped, file by file, for the import's result. Pure.
 */
import { parseConnections, type Connection } from '../linkedin/connections';
import { exportFileKind, type ExportFileKind } from './files';
import {
  parseEndorsements,
  parseProfileName,
  parseRecommendations,
  type ExportEndorsement,
  type ExportRecommendation,
} from './help';
import { parseInvitations, type ExportInvitation } from './invitations';
import { parseMessages, type ExportMessage } from './messages';
import { repairMojibake } from './mojibake';

export interface ExportText {
  /** The file's path in its ZIP, or its name when chosen alone. */
  path: string;
  text: string;
  /** Which of the export's files it is, when its name does not say (a Connections.csv its owner renamed). */
  kind?: ExportFileKind;
}

/** One file read: how many rows it gave, and how many it could not use. */
export interface FileRead {
  path: string;
  kind: ExportFileKind;
  rows: number;
  skipped: number;
}

/** A file with a known name whose header is not the one expected: the whole import is refused. */
export interface FileRefused {
  path: string;
  kind: ExportFileKind;
}

export interface ReadExport {
  connections: Connection[];
  messages: ExportMessage[];
  invitations: ExportInvitation[];
  endorsements: ExportEndorsement[];
  recommendations: ExportRecommendation[];
  ownerName: string | null;
  read: FileRead[];
  /** Files skipped by name. */
  skipped: string[];
  refused: FileRefused[];
}

export function emptyExport(): ReadExport {
  return {
    connections: [],
    messages: [],
    invitations: [],
    endorsements: [],
    recommendations: [],
    ownerName: null,
    read: [],
    skipped: [],
    refused: [],
  };
}

/** Rows added at the end, one by one: push(...rows) passes them as arguments, and 100,000 overflow the stack. */
function append<T>(into: T[], rows: readonly T[]): void {
  for (const row of rows) into.push(row);
}

/** The columns a file of each kind must name, as its refusal says them (LinkedIn's spelling). */
export const EXPECTED_COLUMNS: Record<ExportFileKind, string> = {
  connections: 'First Name, Last Name, URL, Email Address, Company, Position, Connected On',
  messages: 'CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE URLS, DATE, …',
  invitations: 'From, To, Sent At, Message, Direction, inviterProfileUrl, inviteeProfileUrl',
  'endorsements-given': 'Endorsement Date, Skill Name, Endorsee First Name, Endorsee Last Name, Endorsee Public Url',
  'endorsements-received': 'Endorsement Date, Skill Name, Endorser First Name, Endorser Last Name, Endorser Public Url',
  'recommendations-given': 'First Name, Last Name, Company, Job Title, Text, Creation Date, Status',
  'recommendations-received': 'First Name, Last Name, Company, Job Title, Text, Creation Date, Status',
  profile: 'First Name, Last Name, …, Headline, …',
};

/** Reads one file into `into`. */
export function readExportFile(into: ReadExport, { path, text, kind: known }: ExportText): void {
  const kind = known ?? exportFileKind(path);
  if (!kind) {
    into.skipped.push(path);
    return;
  }
  const refuse = () => void into.refused.push({ path, kind });
  const count = (rows: number, skipped: number) => void into.read.push({ path, kind, rows, skipped });
  switch (kind) {
    case 'connections': {
      const file = parseConnections(text);
      if (!file) return refuse();
      const repaired = file.connections.map((connection) => ({
        ...connection,
        name: repairMojibake(connection.name),
        company: repairMojibake(connection.company),
        position: repairMojibake(connection.position),
      }));
      append(into.connections, repaired);
      return count(repaired.length, file.skipped);
    }
    case 'messages': {
      const file = parseMessages(text);
      if (!file) return refuse();
      append(into.messages, file.messages);
      return count(file.messages.length, file.skipped);
    }
    case 'invitations': {
      const file = parseInvitations(text);
      if (!file) return refuse();
      append(into.invitations, file.invitations);
      return count(file.invitations.length, file.skipped);
    }
    case 'endorsements-given':
    case 'endorsements-received': {
      const file = parseEndorsements(text, kind === 'endorsements-given' ? 'given' : 'received');
      if (!file) return refuse();
      append(into.endorsements, file.rows);
      return count(file.rows.length, file.skipped);
    }
    case 'recommendations-given':
    case 'recommendations-received': {
      const file = parseRecommendations(text, kind === 'recommendations-given' ? 'given' : 'received');
      if (!file) return refuse();
      append(into.recommendations, file.rows);
      return count(file.rows.length, file.skipped);
    }
    case 'profile': {
      const name = parseProfileName(text);
      if (name === null) return refuse();
      into.ownerName = name;
      return count(1, 0);
    }
  }
}

/** Every file of an export (or of several parts of one) read into one. */
export function readExport(files: readonly ExportText[]): ReadExport {
  const into = emptyExport();
  for (const file of files) readExportFile(into, file);
  return into;
}
