/**
 * Follows LinkedIn's single-page navigation and says which person's page is on screen (their profile, its
 * overlays, or a screen of its own such as all experience or activity).
 *
 * It starts while the page is still loading and reads the top card as soon as it is parsed, so that the panel
 * does not wait for the rest of a large page.
 *
 * LinkedIn moves between feed, profiles, overlays and detail screens with the History API and no page load,
 * then swaps the content in; for a moment the DOM can still show the previous person. So the watcher reads
 * the page after every DOM change (coalesced) and reports a profile only once its top card belongs to the URL.
 * Until then it reports nothing, so that the previous person's notes never show under the next person's URL.
 */
import { readProfile } from '@/utils/linkedin/profile';
import { contactKeyFromUrl, isPersonPage } from '@/utils/linkedin/urls';
import { onDomChange } from './dom-changes';
import { readsTopCard, type Profile } from '@/utils/model/profile';

/**
 * How long after loading (or in-app navigation) a page no reader recognises may still render its top card, and
 * a person's screen of its own may still have the previous page's title.
 */
export const UNKNOWN_LAYOUT_GRACE_MS = 1500;
/** Coalesces bursts of DOM changes into one look at the page. */
const CHECK_DELAY_MS = 20;

export interface ProfileWatcherOptions {
  /** The profile on screen, or null when there is none (or none yet). Called only when it changes. */
  onProfile: (profile: Profile | null) => void;
  /** Called after every look at the page (the panel host re-attaches itself if LinkedIn removed it). */
  afterCheck: () => void;
  signal: AbortSignal;
}

export function watchProfilePages({ onProfile, afterCheck, signal }: ProfileWatcherOptions): void {
  let lastUrl = '';
  let urlChangedAt = 0;
  let reported: Profile | null = null;
  let reportedSignature = 'null';
  let pending: ReturnType<typeof setTimeout> | undefined;
  let loadedAt = 0;

  const report = (profile: Profile | null) => {
    const signature = JSON.stringify(profile);
    if (signature === reportedSignature) return;
    reported = profile;
    reportedSignature = signature;
    onProfile(profile);
  };

  const check = () => {
    clearTimeout(pending);
    pending = undefined;
    const url = location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      urlChangedAt = performance.now();
    }
    afterCheck();
    if (!isPersonPage(url)) return report(null);

    const profile = readProfile(document, url);
    const loaded = document.readyState !== 'loading';
    const waited = performance.now() - Math.max(urlChangedAt, loadedAt);
    // A snapshot known by the URL only waits for the page to settle: a top card may still render, and after
    // in-app navigation the title (where its name comes from) can still be the previous person's.
    if (profile && (readsTopCard(profile) || (loaded && waited >= UNKNOWN_LAYOUT_GRACE_MS))) {
      return report(profile);
    }
    // Loading, "Profile Not Found", or the previous person still on screen: show nobody else's notes meanwhile.
    if (reported && reported.key !== contactKeyFromUrl(url)) report(null);
    if (profile && loaded) schedule(UNKNOWN_LAYOUT_GRACE_MS - waited);
  };

  const schedule = (delay = CHECK_DELAY_MS) => {
    if (pending === undefined && !signal.aborted) pending = setTimeout(check, delay);
  };

  document.addEventListener(
    'DOMContentLoaded',
    () => {
      loadedAt = performance.now();
      check();
    },
    { signal, once: true },
  );
  onDomChange(() => schedule(), signal);
  // A URL change is looked at at once, so that the previous person's notes go before anything else happens.
  window.addEventListener('popstate', check, { signal });
  // Chromium's Navigation API tells of pushState itself; elsewhere the content swap that follows does.
  (window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', check, { signal });
  signal.addEventListener('abort', () => clearTimeout(pending));
  check();
}
