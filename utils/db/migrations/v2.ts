/** Version 2 (keep in touch): contacts indexed by when they are due, so that counting is a range query. */
import type { Transaction } from 'dexie';
import type { Contact } from '../../contacts';
import { dueAtOf } from '../../followups';
import { DEFAULT_SETTINGS } from '../../settings';
import { SCHEMA_V1 } from './v1';

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: `${SCHEMA_V1.contacts}, dueAt`,
  settings: 'key',
};

/** No follow-up or snooze yet; due as the default settings say. */
export async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table<Contact>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.followUpOn = null;
      contact.snoozedUntil = null;
      contact.dueAt = dueAtOf(contact, DEFAULT_SETTINGS);
    });
}
