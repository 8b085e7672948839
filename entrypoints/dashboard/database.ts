/**
 * The dashboard reads the database itself: it is an extension page, in the extension's own origin, and the
 * list of 10,000 people, search and exports need the records here, not copied through messages. It never
 * writes: edits, imports (utils/send-import.ts) and the wipe go through the background's store, which announces
 * them, so that the badge and open tabs follow.
 */
import { Database } from '@/utils/db/database';

export const db = new Database();
