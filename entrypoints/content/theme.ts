/** LinkedIn's light or dark theme, as the page shows it, so the panel can match. */
import type { Theme } from '@/components/panel/Panel';

/** The theme the page is in now. */
export function detectTheme(document: Document): Theme {
  const html = document.documentElement;
  const scheme = document.body?.getAttribute('data-color-scheme') ?? html.getAttribute('data-color-scheme');
  if (scheme === 'dark' || scheme === 'light') return scheme; // SDUI 2026: <body data-color-scheme>
  if (html.classList.contains('theme--dark')) return 'dark'; // voyager: <html class="theme theme--dark">
  if (html.classList.contains('theme--light') || html.classList.contains('theme--mercado')) return 'light';
  // Logged-out pages and LinkedIn's "device settings" follow the system.
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `onChange` whenever the page switches theme. */
export function watchTheme(document: Document, onChange: (theme: Theme) => void, signal: AbortSignal): void {
  let current = detectTheme(document);
  const update = () => {
    const next = detectTheme(document);
    if (next !== current) onChange((current = next));
  };
  const observer = new MutationObserver(update);
  const options = { attributes: true, attributeFilter: ['class', 'data-color-scheme'] };
  observer.observe(document.documentElement, options);
  // At document_start there is no <body> yet; SDUI marks its theme there.
  const observeBody = () => {
    if (document.body) observer.observe(document.body, options);
    update();
  };
  if (document.body) observeBody();
  else document.addEventListener('DOMContentLoaded', observeBody, { once: true, signal });
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', update, { signal });
  signal.addEventListener('abort', () => observer.disconnect());
}
