/**
 * Every version of the database, oldest first: its tables and indexes (Dexie's `stores`), and the upgrade that
 * brings the previous version's data to it. database.ts opens them all; the migration test opens them one
 * version at a time, on the example database of the version before (tests/fixtures/db).
 *
 * The rule: a migration never imports live code. An upgrade must do tomorrow what it did the day it shipped,
 * whatever the extension's model, schemas and views have become since, so each one reads and writes the types
 * frozen beside it (frozen/v4-types.ts, frozen/v5-types.ts) through helpers copied there as they were
 * (frozen/*.ts, each saying which live code it copies). A frozen file never changes; a version whose form differs
 * adds its own types and its own upgrade. Only the last upgrade writes today's form, and says so; the test that
 * the newest example equals what today's code writes (tests/unit/db/migrations.test.ts) tells when it no longer does.
 */
import type { Dexie, Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2, upgradeToV2 } from './v2';
import { SCHEMA_V3, upgradeToV3 } from './v3';
import { SCHEMA_V4, upgradeToV4 } from './v4';
import { SCHEMA_V5, upgradeToV5 } from './v5';
import { SCHEMA_V6, upgradeToV6 } from './v6';

export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  /** Absent for the first version, which had nothing to upgrade. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3, upgrade: upgradeToV3 },
  { version: 4, stores: SCHEMA_V4, upgrade: upgradeToV4 },
  { version: 5, stores: SCHEMA_V5, upgrade: (transaction) => upgradeToV5(transaction) },
  { version: 6, stores: SCHEMA_V6, upgrade: upgradeToV6 },
];

/**
 * Declares the versions up to `latest` on a database: each one's tables, and its upgrade. Dexie runs the upgrades
 * from the version found on disk on; a new database is made as `latest` at once, without them.
 */
export function declareVersions(db: Dexie, latest = MIGRATIONS.length): void {
  for (const { version, stores, upgrade } of MIGRATIONS) {
    if (version > latest) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
