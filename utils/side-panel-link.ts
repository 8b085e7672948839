/**
 * What a LinkedIn tab and the browser's side panel say to each other, over a port the side panel opens to the
 * tab's content script (entrypoints/content/side-panel-link.ts, entrypoints/sidepanel/use-tab-page.ts). The tab
 * tells what is on its screen; the side panel asks it to fill LinkedIn's note box, on the user's click only.
 * What the tab says may have been forged by the page: the side panel checks it (entrypoints/sidepanel/tab-page.ts).
 */
import type { Invitee } from './linkedin/invitee';
import type { Profile } from './model/profile';

/** The port's name. */
export const SIDE_PANEL_PORT = 'side-panel';

/** LinkedIn's invitation note box, while its dialog is open: what the composer needs to know of it. */
export interface NoteBoxShown {
  limit: number | null;
  invitee: Invitee | null;
}

/** What the tab shows: the profile on screen (null when none), and the note box while it is open. */
export interface TabPage {
  profile: Profile | null;
  noteBox: NoteBoxShown | null;
}

/** The side panel's one request: put this text into the open note box (Insert into LinkedIn). */
export interface FillNoteBox {
  type: 'fill';
  text: string;
}

/** The background's request to a tab (the focus-panel shortcut): focus the panel, or give the focus back. */
export const FOCUS_PANEL = 'panel.focus';
