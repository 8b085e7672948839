/**
 * Puts the panel on the page, in a closed shadow root (shadow-mount.ts), kept attached when LinkedIn re-renders,
 * and removed on other pages, where it shows only the invitation card while LinkedIn's note box is open.
 */
import { render } from 'preact';
import { Panel, type Theme } from '@/components/panel/Panel';
import type { NoteBox } from '@/components/panel/InviteComposer';
import { InviteCard } from '@/components/panel/InviteCard';
import { panelCollapsedItem } from '@/utils/storage-items';
import type { EventShield } from './event-shield';
import { createShadowMount } from './shadow-mount';
import { detectTheme, watchTheme } from './theme';
import type { Profile } from '@/utils/model/profile';

/**
 * While the panel is open on a window too narrow for LinkedIn's centred column and the panel side by side,
 * the page makes room on the right rather than being covered. (1128px column + 2 × (320px panel + margins).)
 */
const MAKE_ROOM_CSS = `@media (max-width: 1815px) { html { margin-right: 344px !important; } }`;

export interface PanelHost {
  /** Shows the panel for this profile, or removes it when null. */
  show(profile: Profile | null): void;
  /** Puts the host back if LinkedIn's re-render removed it. */
  keepAttached(): void;
  /** LinkedIn's invitation note box opened (or closed, with null): the panel offers its composer. */
  offerInvitation(noteBox: NoteBox | null): void;
  /**
   * Whether the panel lives in the page (the setting `panelPlace`): when not, the page holds nothing of ours, and
   * the browser's side panel shows it instead.
   */
  setInPage(inPage: boolean): void;
  /** The focus-panel shortcut: the focus into the panel, or, from the panel, back where it was on the page. */
  toggleFocus(): void;
  /** The user chose another language: the panel is drawn again in it (what is typed stays: drafts.ts). */
  redraw(): void;
  remove(): void;
}

/**
 * Where the shortcut puts the focus: the note box, where one types; on the invitation card, which has none, its
 * first field or button.
 */
const FOCUS_TARGETS = ['[data-testid="note-input"]', 'input, select, textarea, button, [href], [tabindex]'];

export async function createPanelHost(shield: EventShield, signal: AbortSignal): Promise<PanelHost> {
  const { host, mountPoint } = createShadowMount(shield);

  const roomStyle = document.createElement('style');
  roomStyle.textContent = MAKE_ROOM_CSS;

  let profile: Profile | null = null;
  let noteBox: NoteBox | null = null;
  let inPage = true;
  // Where the focus was on the page before the shortcut moved it into the panel.
  let focusedBefore: Element | null = null;
  // On pages that are not a profile, the invitation card shows while a note box is open, until closed.
  let dismissedNoteBox: NoteBox | null = null;
  const showsInviteCard = () => !profile && noteBox !== null && noteBox !== dismissedNoteBox;
  let theme: Theme = detectTheme(document);
  let collapsed = await panelCollapsedItem.getValue();

  const setCollapsed = (next: boolean) => {
    collapsed = next;
    void panelCollapsedItem.setValue(next);
    update();
  };

  const update = () => {
    if (!inPage || (!profile && !showsInviteCard())) {
      render(null, mountPoint);
      host.remove();
      roomStyle.remove();
      return;
    }
    if (collapsed || !profile) roomStyle.remove();
    keepAttached();
    if (!profile) {
      const dismiss = () => {
        dismissedNoteBox = noteBox;
        update();
      };
      render(<InviteCard noteBox={noteBox!} theme={theme} onClose={dismiss} />, mountPoint);
      return;
    }
    // Keyed by person: moving on to someone else starts a fresh panel, so that nothing half-typed about one
    // person (a note, a tag) stays on screen, or gets saved, under the next.
    render(
      <Panel
        key={profile.key}
        profile={profile}
        theme={theme}
        collapsed={collapsed}
        onCollapsedChange={setCollapsed}
        noteBox={noteBox}
      />,
      mountPoint,
    );
  };

  // Attached to <html>, beside <body>: LinkedIn's app replaces what is inside <body>, not <html>'s children.
  const keepAttached = () => {
    if (!inPage || (!profile && !showsInviteCard())) return;
    if (!host.isConnected) document.documentElement.append(host);
    if (profile && !collapsed && !roomStyle.isConnected) (document.head ?? document.documentElement).append(roomStyle);
  };

  watchTheme(
    document,
    (next) => {
      theme = next;
      update();
    },
    signal,
  );
  // Another tab collapsed or opened the panel: follow it.
  panelCollapsedItem.watch((next) => {
    if (next !== collapsed) {
      collapsed = next;
      update();
    }
  });

  return {
    show(next) {
      profile = next;
      update();
    },
    keepAttached,
    offerInvitation(next) {
      noteBox = next;
      update();
    },
    setInPage(next) {
      inPage = next;
      update();
    },
    toggleFocus() {
      if (!host.isConnected) return;
      if (document.activeElement === host) {
        // Back where it was; when that is gone, to the page itself.
        const back = focusedBefore?.isConnected ? (focusedBefore as HTMLElement) : null;
        if (back && back !== document.body) back.focus();
        else (document.activeElement as HTMLElement).blur();
        return;
      }
      focusedBefore = document.activeElement;
      const target = FOCUS_TARGETS.map((selector) => mountPoint.querySelector<HTMLElement>(selector)).find(Boolean);
      target?.focus();
    },
    redraw() {
      render(null, mountPoint);
      update();
    },
    remove() {
      profile = null;
      update();
    },
  };
}
