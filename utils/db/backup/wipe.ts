/** The wipe: the extension as freshly installed. */
import { SHIPPED_TEMPLATES } from '../../shipped-templates';
import type { Database } from '../database';
import { newSyncMark } from '../sync-mark';

/** Deletes every contact, timeline, template, goal and setting: the extension as freshly installed. */
export function wipeEverything(db: Database): Promise<void> {
  const tables = [db.people, db.contacts, db.templates, db.goals, db.focus, db.settings];
  return db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await db.templates.bulkAdd(SHIPPED_TEMPLATES.map((template) => ({ ...template, updatedAt: 0, ...newSyncMark(0) })));
  });
}
