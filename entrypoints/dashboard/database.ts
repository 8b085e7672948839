/**
 * The dashboard reads the database itself: it is an extension page, in the extension's own origin, and the
 * list of 10,000 people, search and imports need the records here, not copied through messages. Edits of one
 * person go through the background's messages like the panel's, so that the badge and open tabs follow;
 * after writing itself (an import, a wipe) the dashboard tells the background (`data.changed`).
 */
import { ContactsDatabase } from '@/utils/db/database';

export const db = new ContactsDatabase();
