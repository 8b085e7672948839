/** The user's settings, with the defaults a new user starts from. */
import type { RhythmSettings } from './followups';
import type { LanguageChoice } from './i18n';
import type { FocusSizing } from './plan/focus';

export interface Settings extends RhythmSettings {
  /** A daily notification of who is due, at this local hour (0–23), when on. */
  notificationsEnabled: boolean;
  notificationHour: number;
  /** {myName} in templates. */
  myName: string;
  /** LinkedIn's note limit: 200 characters on free accounts, 300 on Premium. */
  noteLimit: 200 | 300;
  /** Personalised notes a month before LinkedIn's free quota runs out. */
  monthlyNoteQuota: number;
  /** Tag (as written) → its colour in the dashboard, `#rrggbb`. */
  tagColors: Record<string, string>;
  /** When the user last exported a backup: the dashboard reminds them after a month. */
  lastBackupAt: number | null;
  /** The language of everything the extension shows: the browser's, or one chosen here. */
  language: LanguageChoice;
  /** How many people the weekly focus holds: a number, or as many as a weekly time budget allows. */
  focusSize: FocusSizing;
  /**
   * Where the panel lives: in LinkedIn's page, or in the browser's side panel (Chrome's side panel, Firefox's
   * sidebar), beside the page and outside it, so that LinkedIn's page holds nothing of ours.
   */
  panelPlace: PanelPlace;
}

export type PanelPlace = 'in-page' | 'side-panel';
export const PANEL_PLACES: readonly PanelPlace[] = ['in-page', 'side-panel'];

export const DEFAULT_SETTINGS: Settings = {
  // Every three months, unless a person or a tag says otherwise.
  defaultCadenceDays: 90,
  tagCadences: {},
  notificationsEnabled: true,
  notificationHour: 9,
  myName: '',
  noteLimit: 200,
  monthlyNoteQuota: 5,
  tagColors: {},
  lastBackupAt: null,
  language: 'browser',
  // A handful a week keeps a network up without eating the week (docs/ARCHITECTURE.md).
  focusSize: { kind: 'count', count: 3 },
  // Today's panel, where a new user sees it without looking for it.
  panelPlace: 'in-page',
};
