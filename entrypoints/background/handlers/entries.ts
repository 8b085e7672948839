/** The handlers of messages about timeline entries (utils/messages/entries.ts). */
import { addPersonEntry, deletePersonEntry, editPersonEntry } from '@/utils/db/people/entries';
import type { entryMessages } from '@/utils/messages/entries';
import type { HandlersOf } from './define';

export const entryHandlers: HandlersOf<typeof entryMessages> = {
  'entry.add': (db, { person, ...entry }, now) => addPersonEntry(db, person, entry, now),
  'entry.update': (db, { person, id, rev, patch }, now) => editPersonEntry(db, person, id, { ...patch, rev }, now),
  'entry.delete': (db, { person, id, rev }, now) => deletePersonEntry(db, person, id, now, rev),
};
