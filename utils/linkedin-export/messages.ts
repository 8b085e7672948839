/**
 * messages.csv of LinkedIn's export: CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
 * RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER, and in newer exports ATTACHMENTS, IS MESSAGE DRAFT,
 * IS CONVERSATION ARCHIVED (or DRAFT). Recipients' addresses are one cell, separated by commas. Pure.
 */
import { parseMessageDate } from './dates';
import { exportName, exportPerson, type ExportPerson } from './identity';
import { readTable } from './table';

export interface ExportMessage {
  conversationId: string;
  title: string;
  sender: ExportPerson | null;
  recipients: ExportPerson[];
  at: number;
  content: string;
  /** A draft, a sponsored message, an InMail or one in spam: never contact. */
  notContact: boolean;
}

export interface MessagesFile {
  messages: ExportMessage[];
  /** Rows without a date or a conversation: counted, not read. */
  skipped: number;
}

export const MESSAGE_COLUMNS = ['conversation id', 'from', 'sender profile url', 'date'] as const;

/** Folders whose messages are not the user's conversations: sponsored messages, InMail, spam. */
const NOT_CONTACT_FOLDER = /spam|sponsor|inmail|promot/i;

function isYes(value: string): boolean {
  return /^(yes|true|1)$/i.test(value);
}

/** The messages of a messages.csv, or null when the text has no such header. */
export function parseMessages(text: string): MessagesFile | null {
  const table = readTable(text, MESSAGE_COLUMNS);
  if (!table) return null;
  const messages: ExportMessage[] = [];
  let skipped = 0;
  // The same few addresses and names on every row: each read once.
  const known = new Map<string, ExportPerson | null>();
  const personAt = (url: string, name: string) => {
    const id = `${url}\n${name}`;
    let person = known.get(id);
    if (person === undefined) known.set(id, (person = exportPerson(url, name)));
    return person;
  };
  for (const row of table.rows) {
    const at = parseMessageDate(table.cell(row, 'date'));
    const conversationId = table.cell(row, 'conversation id');
    if (at === null || !conversationId) {
      skipped++;
      continue;
    }
    const names = table.cell(row, 'to').split(',');
    const urls = table.cell(row, 'recipient profile urls').split(',');
    const recipients = urls.flatMap((url, index) => {
      const person = personAt(url, names.length === urls.length ? names[index]! : '');
      return person ? [person] : [];
    });
    messages.push({
      conversationId,
      title: exportName(table.cell(row, 'conversation title')),
      sender: personAt(table.cell(row, 'sender profile url'), table.cell(row, 'from')),
      recipients,
      at,
      // Cleaned only when kept (plan.ts): most imports keep no text, and cleaning 100,000 costs.
      content: table.cell(row, 'content'),
      notContact:
        isYes(table.cell(row, 'is message draft')) ||
        NOT_CONTACT_FOLDER.test(table.cell(row, 'folder')) ||
        /^sponsored/i.test(table.cell(row, 'conversation title')),
    });
  }
  return { messages, skipped };
}
