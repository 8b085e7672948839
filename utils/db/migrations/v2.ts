/** Version 2 (keep in touch): contacts indexed by when they are due, so that counting is a range query. */
import type { Transaction } from 'dexie';
import { dueAtOf } from './frozen/schedule';
import type { CadenceSettingsV4, ContactV4 } from './frozen/v4-types';
import { SCHEMA_V1 } from './v1';

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: `${SCHEMA_V1.contacts}, dueAt`,
  settings: 'key',
};

/** What a version 1 user had, who could not choose: every three months, no rhythms by tag. */
const DEFAULT_CADENCE: CadenceSettingsV4 = { defaultCadenceDays: 90, tagCadences: {} };

/** No follow-up or snooze yet; due as the default settings say. */
export async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table<ContactV4>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.followUpOn = null;
      contact.snoozedUntil = null;
      contact.dueAt = dueAtOf(contact, DEFAULT_CADENCE);
    });
}
