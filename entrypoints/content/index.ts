/**
 * The content script on LinkedIn: watches for profile pages and shows the panel on them. It holds no data of
 * its own; everything is asked of the background (docs/ARCHITECTURE.md: the database lives in the extension origin).
 */
import { guardUnsavedDrafts } from '@/components/panel/drafts';
import { loadChosenLanguage } from '@/utils/i18n';
import { installEventShield } from './event-shield';
import { CONTENT_INCLUDE_GLOBS, CONTENT_MATCHES } from './hosts';
import { logSentInvitation } from './invitation-log';
import { watchInvitations } from './invite-watcher';
import { createPanelHost } from './panel-host';
import { watchProfilePages } from './page-watcher';
import type { Profile } from '@/utils/model/profile';

export default defineContentScript({
  // LinkedIn's own site, country hosts included, and nothing else (./hosts.ts).
  matches: CONTENT_MATCHES,
  includeGlobs: CONTENT_INCLUDE_GLOBS,
  // document_start, so that the event shield is the first listener on window, before LinkedIn's own, and so
  // that the top card is read (and the background asked about the person) while the page is still loading.
  runAt: 'document_start',
  async main(ctx) {
    const shield = installEventShield(ctx.signal);
    guardUnsavedDrafts(ctx.signal);
    // Both read storage.local; side by side they cost one round trip before the panel can show.
    const [panel] = await Promise.all([createPanelHost(shield, ctx.signal), loadChosenLanguage()]);
    ctx.onInvalidated(() => panel.remove());
    // The profile on screen, whose timeline an invitation from its own top card goes on.
    let onScreen: Profile | null = null;
    const onProfile = (profile: Profile | null) => {
      onScreen = profile;
      panel.show(profile);
    };
    watchProfilePages({ onProfile, afterCheck: panel.keepAttached, signal: ctx.signal });
    watchInvitations(
      { onNoteBox: panel.offerInvitation, onSent: (sent) => void logSentInvitation(sent, onScreen) },
      ctx.signal,
    );
  },
});
