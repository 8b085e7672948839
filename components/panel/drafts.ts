/**
 * What was typed but not yet saved, per person and per entry being edited, for as long as the page lives: going
 * to another profile and back (LinkedIn's in-app navigation, or another tab under the side panel) finds a
 * half-typed note, or an edit begun, where it was left, and never under anyone else.
 * Kept in the script's own memory only: never in the page's storage, where LinkedIn's scripts could read it.
 */
import type { LoggedEntryType } from '@/utils/model/entry';

export interface Draft {
  text: string;
  type: LoggedEntryType;
  /** The day chosen (utils/time.ts, dayOf), or none. */
  day: number | null;
  /** An edit's: the versions of the entry it began from (Entry.rev), saved against, as when it began. */
  rev?: string;
}

const drafts = new Map<string, Draft>();

/** Where a person's new, unsaved note is kept. */
export const noteDraftKey = (personKey: string) => `note ${personKey}`;

/** Where an unsaved edit of an entry is kept. Entry ids are unique: an edit stays with its person. */
export const editDraftKey = (entryId: string) => `edit ${entryId}`;

export function draftOf(key: string): Draft | undefined {
  return drafts.get(key);
}

export function keepDraft(key: string, draft: Draft): void {
  drafts.set(key, draft);
}

export function forgetDraft(key: string): void {
  drafts.delete(key);
}

/**
 * Asks before the page is left (reloaded, closed, or left for another site) while a note or an edit is typed and
 * unsaved: the browser's own "Leave site?" question, which says nothing of what was typed.
 */
export function guardUnsavedDrafts(signal: AbortSignal): void {
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (drafts.size > 0) event.preventDefault();
    },
    { signal },
  );
}
