/**
 * Asks before the page is left (reloaded, closed, or left for another site) while a form holds unsaved edits:
 * the browser's own "Leave site?" question, as the panel asks for a half-typed note (components/panel/drafts.ts).
 * A layout effect, so the question is armed as the changed form renders, not after the next frame: a page closed
 * right after typing still asks.
 */
import { useLayoutEffect } from 'preact/hooks';

export function useLeaveGuard(unsaved: boolean): void {
  useLayoutEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
