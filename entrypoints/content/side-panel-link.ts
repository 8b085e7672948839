/**
 * The tab's side of the side panel (utils/side-panel-link.ts): tells every side panel connected to this tab what
 * is on screen, now and whenever it changes, and fills LinkedIn's note box when one asks (a click on Insert).
 * Adds nothing to the page: the side panel is an extension page, and only our extension can open this port.
 */
import { browser, type Browser } from 'wxt/browser';
import type { NoteBox } from '@/components/panel/InviteComposer';
import { SIDE_PANEL_PORT, type FillNoteBox, type TabPage } from '@/utils/side-panel-link';
import type { Profile } from '@/utils/model/profile';

interface OnScreen {
  profile: Profile | null;
  noteBox: NoteBox | null;
}

/** Starts answering side panels; the function returned tells them all that the screen changed. */
export function linkSidePanels(onScreen: () => OnScreen, signal: AbortSignal): () => void {
  const ports = new Set<Browser.runtime.Port>();
  const describe = (): TabPage => {
    const { profile, noteBox } = onScreen();
    return { profile, noteBox: noteBox && { limit: noteBox.limit, invitee: noteBox.invitee } };
  };
  const connect = (port: Browser.runtime.Port) => {
    if (port.name !== SIDE_PANEL_PORT || port.sender?.id !== browser.runtime.id) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: FillNoteBox) => {
      if (message?.type === 'fill' && typeof message.text === 'string') onScreen().noteBox?.fill(message.text);
    });
    port.postMessage(describe());
  };
  browser.runtime.onConnect.addListener(connect);
  signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(connect);
    ports.forEach((port) => port.disconnect());
  });
  return () => {
    const page = describe();
    ports.forEach((port) => port.postMessage(page));
  };
}
