/**
 * The welcome's steps, in order. The current one is in the URL's hash (`welcome.html#tiers`), so that the
 * reload after choosing a language comes back to it, and the browser's Back works. Pure.
 */
import type { MessageKey } from '@/utils/i18n';

// Tiers before the import: the import then offers them, so that the people it brings in get reminders by tier.
export const STEPS = ['name', 'language', 'place', 'tiers', 'import', 'goal', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** Each step's name, in the list of steps and as its heading. */
export const STEP_TITLES: Record<Step, MessageKey> = {
  name: 'welcomeNameTitle',
  language: 'settingsLanguage',
  place: 'settingsPanelPlace',
  import: 'welcomeImportTitle',
  tiers: 'welcomeTiersTitle',
  goal: 'welcomeGoalTitle',
  done: 'welcomeDoneTitle',
};

/** `#tiers` → the tiers step; anything else → the first step. */
export function stepOf(hash: string): Step {
  const name = hash.replace(/^#/, '');
  return STEPS.find((step) => step === name) ?? STEPS[0];
}

/** The step `offset` steps away (-1: before, 1: after), kept within the steps. */
export function stepFrom(step: Step, offset: number): Step {
  const index = Math.min(Math.max(STEPS.indexOf(step) + offset, 0), STEPS.length - 1);
  return STEPS[index];
}
