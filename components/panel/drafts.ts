/**
 * Notes typed but not yet saved, per person, for as long as the page lives: going to another profile and back
 * (LinkedIn's in-app navigation) finds the half-typed note where it was left, and never under anyone else.
 * Kept in the script's own memory only: never in the page's storage, where LinkedIn's scripts could read it.
 */
const drafts = new Map<string, string>();

/** The unsaved note for this person, or ''. */
export function draftOf(personKey: string): string {
  return drafts.get(personKey) ?? '';
}

/** Remembers what is typed for this person; an empty text forgets it. */
export function keepDraft(personKey: string, text: string): void {
  if (text.trim()) drafts.set(personKey, text);
  else drafts.delete(personKey);
}

/**
 * Asks before the page is left (reloaded, closed, or left for another site) while a note is typed and unsaved:
 * the browser's own "Leave site?" question, which says nothing of what was typed.
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
