/** Version 4 (the dashboard): no new index; contacts gain timeline words for search, and connection fields. */
import type { Transaction } from 'dexie';
import { timelinesByContact } from './frozen/timelines';
import type { ContactV4, InteractionV4 } from './frozen/v4-types';
import { timelineWordsOf } from './frozen/words';
import { SCHEMA_V3 } from './v3';

export const SCHEMA_V4 = SCHEMA_V3;

/** Each contact's timeline words (search), and the fields LinkedIn's Connections.csv fills. */
export async function upgradeToV4(transaction: Transaction): Promise<void> {
  const byContact = timelinesByContact(await transaction.table<InteractionV4>('interactions').toArray());
  await transaction
    .table<ContactV4>('contacts')
    .toCollection()
    .modify((contact) => {
      contact.connectedAt = null;
      contact.email = '';
      contact.timelineWords = timelineWordsOf(byContact.get(contact.key) ?? []);
    });
}
