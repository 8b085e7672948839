/** Version 3 (invitations): templates, and interactions by type and time (this month's invitations). */
import type { Transaction } from 'dexie';
import { BUNDLED_TEMPLATES_V3 } from './frozen/bundled-templates';
import type { TemplateV4 } from './frozen/v4-types';
import { SCHEMA_V2 } from './v2';

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  interactions: `${SCHEMA_V2.interactions}, [type+at]`,
  templates: 'id',
};

/** The bundled templates, so that they can be edited and deleted like the user's own. */
export async function upgradeToV3(transaction: Transaction): Promise<void> {
  await transaction.table<TemplateV4>('templates').bulkAdd([...BUNDLED_TEMPLATES_V3]);
}
