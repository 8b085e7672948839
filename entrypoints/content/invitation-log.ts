/**
 * Puts a sent invitation on the timeline of the person it was for, which also counts it against the month's
 * personalised notes. Whose it is: utils/linkedin/invitee.ts; when the page does not say, nothing is logged
 * (the composer said so while the box was open).
 */
import { announceHere } from '@/components/panel/people-changes';
import { invitedPerson } from '@/utils/linkedin/invitee';
import { send } from '@/utils/messaging';
import type { SentInvitation } from './invite-watcher';
import { aliasesOf, type Profile } from '@/utils/model/profile';

export async function logSentInvitation({ invitee, text }: SentInvitation, onScreen: Profile | null) {
  const person = invitedPerson(invitee, onScreen);
  if (!person) return;
  await send('invitation.sent', { invitee: person, text, at: Date.now() });
  // The background tells other tabs; this one, which sent the message, hears it here.
  announceHere({ type: 'people.changed', aliases: aliasesOf(person) });
}
