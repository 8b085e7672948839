/**
 * The export's owner, found from the export itself: the profile address on the user's side of the
 * conversations and invitations. In messages.csv it is in every conversation (as sender or recipient); in
 * Invitations.csv it is the inviter of every outgoing invitation and the invitee of every incoming one. Profile.csv
 * has the name but no address: among addresses equally present, the one whose sender name is the profile's wins.
 * The owner is nobody's contact. Pure.
 */
import type { ExportInvitation } from './invitations';
import type { ExportMessage } from './messages';

/** The owner's contact key, or null when the export does not tell it (no messages, no invitations). */
export function findOwner(
  messages: readonly ExportMessage[],
  invitations: readonly ExportInvitation[],
  ownerName: string | null,
): string | null {
  const conversationsOf = new Map<string, Set<string>>();
  const named = new Set<string>();
  const conversations = new Set<string>();
  for (const message of messages) {
    conversations.add(message.conversationId);
    for (const person of [message.sender, ...message.recipients]) {
      if (!person) continue;
      let seen = conversationsOf.get(person.key);
      if (!seen) conversationsOf.set(person.key, (seen = new Set()));
      seen.add(message.conversationId);
    }
    if (message.sender && ownerName && message.sender.name.toLocaleLowerCase() === ownerName.toLocaleLowerCase()) {
      named.add(message.sender.key);
    }
  }
  const votes = new Map<string, number>();
  for (const [key, seen] of conversationsOf) votes.set(key, seen.size);
  for (const invitation of invitations) {
    if (invitation.ownerKey) votes.set(invitation.ownerKey, (votes.get(invitation.ownerKey) ?? 0) + 1);
  }
  const total = conversations.size + invitations.length;
  let most = 0;
  for (const score of votes.values()) if (score > most) most = score;
  // The owner is on their side of more than half of everything; anything less is no owner found.
  if (most * 2 <= total) return null;
  const top = [...votes].filter(([, score]) => score === most).map(([key]) => key);
  if (top.length === 1) return top[0]!;
  // Two people in every conversation (an export of one conversation): the profile's name tells, or nothing does.
  const byName = top.filter((key) => named.has(key));
  return byName.length === 1 ? byName[0]! : null;
}
