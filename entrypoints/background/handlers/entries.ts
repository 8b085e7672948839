/** The handlers of messages about timeline entries (utils/messages/entries.ts). */
import { addInteraction, deleteInteraction, updateInteraction } from '@/utils/db/people-store';
import type { entryMessages } from '@/utils/messages/entries';
import type { HandlersOf } from './define';

export const entryHandlers: HandlersOf<typeof entryMessages> = {
  'interaction.add': (db, { person, ...entry }, now) => addInteraction(db, person, entry, now),
  'interaction.update': (db, { person, id, rev, patch }, now) =>
    updateInteraction(db, person, id, { ...patch, rev }, now),
  'interaction.delete': (db, { person, id, rev }, now) => deleteInteraction(db, person, id, now, rev),
};
