/** Parses saved HTML into a document, as a browser would, for the pure readers. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadPage(path: string, url: string): Document {
  return parseHtml(readFileSync(path, 'utf8'), url);
}
