/**
 * Invitations.csv of LinkedIn's export: From, To, Sent At ("3/2/26, 10:04 AM"), Message, Direction (OUTGOING or
 * INCOMING), inviterProfileUrl, inviteeProfileUrl. Pure.
 */
import { cleanText } from '../clean-text';
import { parseUsShortDate } from './dates';
import { exportPerson, type ExportPerson } from './identity';
import { readTable } from './table';

export interface ExportInvitation {
  direction: 'outgoing' | 'incoming';
  /** The other person: the invitee of an outgoing invitation, the inviter of an incoming one. */
  other: ExportPerson;
  /** The user's own address, as the row gives it (their side of the invitation), or null. */
  ownerKey: string | null;
  at: number;
  note: string;
}

export interface InvitationsFile {
  invitations: ExportInvitation[];
  skipped: number;
}

export const INVITATION_COLUMNS = ['from', 'to', 'sent at', 'direction'] as const;

export function parseInvitations(text: string): InvitationsFile | null {
  const table = readTable(text, INVITATION_COLUMNS);
  if (!table) return null;
  const invitations: ExportInvitation[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const direction = table.cell(row, 'direction').toLowerCase();
    const at = parseUsShortDate(table.cell(row, 'sent at'));
    const inviter = exportPerson(table.cell(row, 'inviterProfileUrl'), table.cell(row, 'from'));
    const invitee = exportPerson(table.cell(row, 'inviteeProfileUrl'), table.cell(row, 'to'));
    const other = direction === 'outgoing' ? invitee : inviter;
    if ((direction !== 'outgoing' && direction !== 'incoming') || at === null || !other) {
      skipped++;
      continue;
    }
    invitations.push({
      direction,
      other,
      ownerKey: (direction === 'outgoing' ? inviter : invitee)?.key ?? null,
      at,
      note: cleanText(table.cell(row, 'message')).trim().slice(0, 2000),
    });
  }
  return { invitations, skipped };
}
