/** The user's settings, with the defaults a new user starts from. */
import type { CadenceSettings } from './followups';

export interface Settings extends CadenceSettings {
  /** A daily notification of who is due, at this local hour (0–23), when on. */
  notificationsEnabled: boolean;
  notificationHour: number;
}

export const DEFAULT_SETTINGS: Settings = {
  // Every three months, unless a person or a tag says otherwise.
  defaultCadenceDays: 90,
  tagCadences: {},
  notificationsEnabled: true,
  notificationHour: 9,
};
