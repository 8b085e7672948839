/** Invitations: one logged on the invitee's timeline, and the month's count against LinkedIn's quota. */
import Dexie from 'dexie';
import { assertWithinBound } from '../../date-input';
import { addEntry } from '../../model/timeline';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { identify, personFromPage } from './page';
import { inTransaction, savePeople } from './write';
import type { Profile } from '../../model/profile';

/**
 * An invitation sent from any LinkedIn page, to the person its card names: the entry goes on their timeline, and
 * someone new is made from the card when no one holds the card's key. It changes no stored field and links none of
 * the card's ids that another person holds: a card, like any page, may be misread or forged.
 */
export function logInvitation(
  db: Database,
  invitee: Profile,
  entry: { text: string; at: number },
  now: number,
): Promise<void> {
  return inTransaction(db, async () => {
    assertWithinBound('An entry', entry.at, 'not-future', now);
    const { doc } = await identify(db, invitee);
    const person = doc ?? (await personFromPage(db, invitee, now));
    const timeline = addEntry(person.timeline, { type: 'invitation', ...entry }, now);
    await savePeople(db, [{ ...person, timeline }], await loadSettings(db));
  });
}

/** Personalised notes logged this calendar month (local), against the monthly quota in settings. */
export async function invitationsThisMonth(db: Database, now: number): Promise<{ used: number; quota: number }> {
  const today = new Date(now);
  const monthStart = new Date(today.getFullYear(), today.getMonth(), 1).getTime();
  const used = await db.contacts.where('invitedAt').between(monthStart, Dexie.maxKey).count();
  return { used, quota: (await loadSettings(db)).monthlyNoteQuota };
}
