/**
 * One MutationObserver over the whole page, shared by everything in the content script that reacts to
 * LinkedIn's DOM changes (the page watcher, the invitation watcher): one set of records per change, not one
 * per watcher, on pages like the feed that change all the time.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;
let observedShadowRoots = new WeakSet<ShadowRoot>();

/** Calls `listener` after every batch of DOM changes until `signal` aborts. Keep the listener cheap. */
export function onDomChange(listener: () => void, signal: AbortSignal): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((each) => each()));
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  signal.addEventListener('abort', () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
      observedShadowRoots = new WeakSet();
    }
  });
}

/**
 * Also reports changes inside this open shadow root (one LinkedIn renders dialogs into), which the observer of
 * the document does not see, for as long as anyone listens.
 */
export function observeShadowRoot(root: ShadowRoot): void {
  if (!observer || observedShadowRoots.has(root)) return;
  observedShadowRoots.add(root);
  observer.observe(root, { childList: true, subtree: true });
}
