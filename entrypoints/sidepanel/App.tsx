/**
 * The browser's side panel (Chrome) or sidebar (Firefox): the same panel as in LinkedIn's page, for the person
 * on the followed tab's screen, outside the page, so that LinkedIn's page holds nothing of ours. Where no one's
 * profile is on screen: search, then the popup's lists (the week's focus, who is due, Write a follow-up).
 */
import { useMemo, useState } from 'preact/hooks';
import type { NoteBox } from '@/components/panel/InviteComposer';
import { InviteCard } from '@/components/panel/InviteCard';
import { Panel, type Theme } from '@/components/panel/Panel';
import { App as DueLists } from '@/entrypoints/popup/App';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { PanelFrame } from './PanelFrame';
import { PeopleSearch } from './PeopleSearch';
import { useFollowedTab } from './use-followed-tab';
import { usePanelPlace } from './use-panel-place';
import { useTabPage } from './use-tab-page';

const theme: Theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

export function App({ pinned }: { pinned: number | null }) {
  const tabId = useFollowedTab(pinned);
  const { page, fill } = useTabPage(tabId);
  // One note box for as long as the tab shows the same one: the composer keeps what is typed in it.
  const shownBox = JSON.stringify(page.noteBox);
  const noteBox = useMemo<NoteBox | null>(() => page.noteBox && { ...page.noteBox, fill }, [shownBox, fill]);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const place = usePanelPlace();

  // Not known yet (one read of storage): nothing, rather than a panel that may be the page's second.
  if (place === null) return null;
  // The panel lives in LinkedIn's page: two panels for one person would be one too many, so the side panel
  // says where it is, and keeps the search and the lists.
  if (place === 'in-page') {
    return (
      <>
        <p class="notice" data-testid="side-panel-in-page">
          {t('sidePanelInPage')}{' '}
          <button
            type="button"
            class="link"
            onClick={() => void send('settings.update', { patch: { panelPlace: 'side-panel' } })}
          >
            {t('sidePanelBringBack')}
          </button>
        </p>
        <PeopleSearch />
        <DueLists inSidePanel />
      </>
    );
  }
  if (page.profile) {
    // Keyed by person, as in the page: nothing half-typed about one person shows, or is saved, under the next.
    return (
      <PanelFrame>
        <Panel key={page.profile.key} profile={page.profile} theme={theme} collapsed={false} noteBox={noteBox} />
      </PanelFrame>
    );
  }
  if (noteBox && dismissed !== shownBox) {
    return (
      <PanelFrame>
        <InviteCard noteBox={noteBox} theme={theme} onClose={() => setDismissed(shownBox)} />
      </PanelFrame>
    );
  }
  return (
    <>
      <PeopleSearch />
      <DueLists inSidePanel />
    </>
  );
}
