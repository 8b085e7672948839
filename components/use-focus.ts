/**
 * Where the keyboard goes as parts of a page open and close. The `autoFocus` attribute cannot do it: a browser
 * honours it once per document (and never in a page that already used it, such as LinkedIn's), so the second
 * Edit on a timeline would leave the focus where it was.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Focuses the element given the returned ref as soon as `shown` is true: as it opens, before it is painted. */
export function useFocusWhen<T extends HTMLElement>(shown: boolean) {
  const element = useRef<T>(null);
  useLayoutEffect(() => {
    if (shown) element.current?.focus();
  }, [shown]);
  return element;
}

/**
 * Gives the focus back to what opened a part (the element given the returned ref) when `open` turns false, if
 * the focus went with the part, as it does when its form is saved or cancelled; focus the person has since
 * put elsewhere stays where they put it.
 */
export function useFocusReturn<T extends HTMLElement>(open: boolean) {
  const opener = useRef<T>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    const target = opener.current;
    if (!closed || !target) return;
    if (focusIsLost(target)) target.focus();
  }, [open]);
  return opener;
}

/** No element has the focus, in the page nor in the panel's shadow root: the focused one was taken away. */
function focusIsLost(near: HTMLElement): boolean {
  const page = near.ownerDocument;
  const nowhere = (focused: Element | null) => focused === null || focused === page.body;
  const root = near.getRootNode() as Document | ShadowRoot;
  return nowhere(root.activeElement) && nowhere(page.activeElement);
}
