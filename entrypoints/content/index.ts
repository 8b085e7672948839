/**
 * The content script on LinkedIn: watches for profile pages and shows the panel on them, or tells the browser's
 * side panel what is on screen (utils/side-panel-link.ts). It holds no data of its own; everything is asked of
 * the background (docs/ARCHITECTURE.md: the database lives in the extension origin).
 */
import { guardUnsavedDrafts } from '@/components/panel/drafts';
import type { NoteBox } from '@/components/panel/InviteComposer';
import { loadChosenLanguage } from '@/utils/i18n';
import { chosenLanguageItem, panelPlaceItem } from '@/utils/storage-items';
import { installEventShield } from './event-shield';
import { listenForFocusShortcut } from './focus-shortcut';
import { CONTENT_INCLUDE_GLOBS, CONTENT_MATCHES } from './hosts';
import { logSentInvitation } from './invitation-log';
import { watchInvitations } from './invite-watcher';
import { createPanelHost, type PanelHost } from './panel-host';
import { watchProfilePages } from './page-watcher';
import { linkSidePanels } from './side-panel-link';
import type { Profile } from '@/utils/model/profile';
import type { PanelPlace } from '@/utils/settings';

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
    // Where the panel lives: with the side panel chosen, the page holds nothing of ours. A change takes effect
    // here at once, one told while the first read is under way included.
    let place: PanelPlace | undefined;
    let panel: PanelHost | null = null;
    const unwatchPlace = panelPlaceItem.watch((next) => {
      place = next;
      panel?.setInPage(next === 'in-page');
    });
    ctx.onInvalidated(unwatchPlace);
    // All three read storage.local; side by side they cost one round trip before the panel can show.
    const [host, stored] = await Promise.all([
      createPanelHost(shield, ctx.signal),
      panelPlaceItem.getValue(),
      loadChosenLanguage(),
    ]);
    panel = host;
    ctx.onInvalidated(() => host.remove());
    host.setInPage((place ??= stored) === 'in-page');
    // The profile on screen, whose timeline an invitation from its own top card goes on; LinkedIn's note box.
    let onScreen: Profile | null = null;
    let noteBox: NoteBox | null = null;
    const tellSidePanels = linkSidePanels(() => ({ profile: onScreen, noteBox }), ctx.signal);
    const onProfile = (profile: Profile | null) => {
      onScreen = profile;
      host.show(profile);
      tellSidePanels();
    };
    const onNoteBox = (next: NoteBox | null) => {
      noteBox = next;
      host.offerInvitation(next);
      tellSidePanels();
    };
    listenForFocusShortcut(host.toggleFocus, ctx.signal);
    // Another language chosen in the dashboard: the panel speaks it at once, as the dashboard does.
    const unwatchLanguage = chosenLanguageItem.watch(() => void loadChosenLanguage().then(host.redraw));
    ctx.onInvalidated(unwatchLanguage);
    watchProfilePages({ onProfile, afterCheck: host.keepAttached, signal: ctx.signal });
    watchInvitations({ onNoteBox, onSent: (sent) => void logSentInvitation(sent, onScreen) }, ctx.signal);
  },
});
