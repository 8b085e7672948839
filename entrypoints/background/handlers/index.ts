/** Every message's handler, one file per group of messages (utils/messages). */
import type { Messages } from '@/utils/messages';
import type { HandlersOf } from './define';
import { entryHandlers } from './entries';
import { followUpHandlers } from './follow-ups';
import { invitationHandlers } from './invitations';
import { peopleHandlers } from './people';
import { planHandlers } from './plan';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';

export const handlers: HandlersOf<Messages> = {
  ...peopleHandlers,
  ...entryHandlers,
  ...followUpHandlers,
  ...planHandlers,
  ...settingsHandlers,
  ...invitationHandlers,
  ...syncHandlers,
};
