/** Messages of invitations: one sent with a note, and the month's count against LinkedIn's quota. */
import * as z from 'zod/mini';
import { text, time } from '../model/schemas';
import { ENTRY_TEXT_MAX } from '../model/timeline';
import { answers, message } from './define';
import { ProfileSchema } from './whom';

type MonthCount = { used: number; quota: number };

export const invitationMessages = {
  /**
   * LinkedIn's Send was pressed on an invitation with a note: it goes on the invitee's timeline and counts toward
   * the month's notes. The invitee may be someone other than the profile on screen (a search result, People also
   * viewed), named by their card's link; so the answer says nothing of them, only the month's count, and every
   * tab refreshes (whom is not said).
   */
  'invitation.sent': message({
    request: z.object({ invitee: ProfileSchema, text: text(ENTRY_TEXT_MAX).check(z.minLength(1)), at: time }),
    answer: answers<MonthCount>(),
    from: 'linkedin-tab',
    changes: 'everyone',
  }),
  /** Personalised notes used this month, and the quota. */
  'invitations.month': message({
    request: z.object({}),
    answer: answers<MonthCount>(),
    from: 'linkedin-tab',
    changes: 'nothing',
  }),
};
