/** The handlers of invitations (utils/messages/invitations.ts). */
import { invitationsThisMonth, logInvitation } from '@/utils/db/people/invitations';
import type { invitationMessages } from '@/utils/messages/invitations';
import type { HandlersOf } from './define';

export const invitationHandlers: HandlersOf<typeof invitationMessages> = {
  'invitation.sent': async (db, { invitee, text, at }, now) => {
    await logInvitation(db, invitee, { text, at }, now);
    return invitationsThisMonth(db, now);
  },
  'invitations.month': (db, _payload, now) => invitationsThisMonth(db, now),
};
