/**
 * Version 6 (a network plan): the user's goals, each one document that syncs like a template, and the weekly
 * focus this computer chose (utils/plan/focus.ts), kept so that the list stays the same all week. Both tables
 * are new, and Dexie keeps every table an earlier version made: nothing stored before changes.
 */
export const SCHEMA_V6 = {
  goals: 'id, pending',
  focus: 'weekId',
};
