/** A fixture profile with a page script of the kind LinkedIn runs (inline, top of <head>) that records every event. */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SPY = `<script>
  window.__seen = [];
  const record = (event) => window.__seen.push([event.type, event.key ?? '', event.data ?? '', event.target?.tagName ?? ''].join(':'));
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionend', 'copy', 'paste']) {
    window.addEventListener(type, record, true);
    document.addEventListener(type, record, true);
    document.addEventListener(type, record, false);
  }
</script>`;

/** Aino's profile page with the spy in it, written to a temporary file to serve at her URL. */
export function spiedProfilePage(): string {
  const spied = join(tmpdir(), `spied-profile-${process.pid}.html`);
  const page = readFileSync(resolve('tests/fixtures/pages/voyager-aino-virtanen.html'), 'utf8');
  writeFileSync(spied, page.replace('<head>', `<head>${SPY}`));
  return spied;
}

/** What the spy has recorded so far, as "type:key:data:target". */
export const SEEN_BY_PAGE = () => (window as unknown as { __seen: string[] }).__seen;
