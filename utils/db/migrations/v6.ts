/**
 * Version 6 (a network plan): the user's goals, each one document that syncs like a template, and the weekly
 * focus this computer chose (utils/plan/focus.ts), kept so that the list stays the same all week. Both tables
 * are new, and Dexie keeps every table an earlier version made. The bundled follow-up messages join the
 * templates, as shipped: nothing the user stored changes.
 *
 * The last step, so what it writes is today's form: a template record as utils/db/templates-store.ts keeps it.
 */
import type { Transaction } from 'dexie';
import { BUNDLED_FOLLOW_UPS_V6 } from './frozen/bundled-follow-ups';
import { newSyncMark } from './frozen/sync-mark';
import type { StoredTemplateV5 } from './frozen/v5-types';

export const SCHEMA_V6 = {
  goals: 'id, pending',
  focus: 'weekId',
};

export async function upgradeToV6(transaction: Transaction): Promise<void> {
  const templates = transaction.table<StoredTemplateV5, string>('templates');
  const stored = new Set(await templates.toCollection().primaryKeys());
  // As old as can be and not to be sent: every device ships them, and any edit of the user's wins over them.
  const missing = BUNDLED_FOLLOW_UPS_V6.filter((template) => !stored.has(template.id));
  await templates.bulkAdd(missing.map((template) => ({ ...template, updatedAt: 0, ...newSyncMark(0) })));
}
