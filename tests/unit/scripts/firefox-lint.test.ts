/**
 * What fails `npm run lint:firefox` (and so `npm test`): every error web-ext lint reports, and every warning but
 * Preact's innerHTML. Above all, eval in any form (DANGEROUS_EVAL) fails it wherever it is, PouchDB's included:
 * Mozilla's review flags it, and the build leaves PouchDB's out (utils/sync/changes-filter.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeLint, type LintMessage } from '../../../scripts/lib/firefox-lint.mjs';

/** PouchDB's scopeEval as the minifier writes it into background.js. */
const POUCH_SCOPE_EVAL =
  'function ul(e,t){var n=[],r=[];for(var o in t)Object.prototype.hasOwnProperty.call(t,o)&&(n.push(o),' +
  'r.push(t[o]));return n.push(e),Function.apply(null,n).apply(null,r)}';
/** Preact's renderer setting dangerouslySetInnerHTML, as minified into our pages. */
const PREACT_INNER_HTML = 'if(u)a.innerHTML=u.__html;';

const warning = (code: string, file: string): LintMessage => ({ code, message: code, file, _type: 'warning' });
const judge = (messages: { errors?: LintMessage[]; warnings?: LintMessage[] }, source: string) =>
  judgeLint({ errors: [], warnings: [], summary: {}, ...messages }, () => source);

/** Built files' text: anything, PouchDB's scopeEval, Preact's innerHTML, or both among anything. */
const sources = fc.oneof(
  fc.string(),
  fc.constantFrom(POUCH_SCOPE_EVAL, PREACT_INNER_HTML),
  fc.tuple(fc.string(), fc.string()).map(([before, after]) => before + POUCH_SCOPE_EVAL + PREACT_INNER_HTML + after),
);
const files = fc.constantFrom('background.js', 'content-scripts/content.js', 'chunks/dashboard-x.js');

describe('the Firefox lint verdict', () => {
  it('fails on eval in the background, PouchDB’s scopeEval included', () => {
    const evalWarning = warning('DANGEROUS_EVAL', 'background.js');
    expect(judge({ warnings: [evalWarning] }, POUCH_SCOPE_EVAL).problems).toEqual([evalWarning]);
  });

  it('fails on every DANGEROUS_EVAL, whatever the file and its code', () => {
    fc.assert(
      fc.property(files, sources, (file, source) => {
        const evalWarning = warning('DANGEROUS_EVAL', file);
        expect(judge({ warnings: [evalWarning] }, source).problems).toEqual([evalWarning]);
      }),
    );
  });

  it('fails on every error, whatever the file and its code', () => {
    fc.assert(
      fc.property(fc.string(), files, sources, (code, file, source) => {
        const error = { code, message: code, file, _type: 'error' };
        expect(judge({ errors: [error] }, source).problems).toEqual([error]);
      }),
    );
  });

  it('lets through only an innerHTML warning on Preact’s renderer', () => {
    fc.assert(
      fc.property(fc.string(), files, sources, (code, file, source) => {
        const message = warning(code, file);
        const preacts = code === 'UNSAFE_VAR_ASSIGNMENT' && source.includes(PREACT_INNER_HTML);
        expect(judge({ warnings: [message] }, source).problems).toEqual(preacts ? [] : [message]);
      }),
    );
  });

  it('lets Preact’s innerHTML through and counts it', () => {
    const innerHtml = warning('UNSAFE_VAR_ASSIGNMENT', 'content-scripts/content.js');
    const verdict = judge({ warnings: [innerHtml] }, PREACT_INNER_HTML);
    expect(verdict).toMatchObject({ problems: [], preactWarnings: [innerHtml] });
  });

  it('fails on an innerHTML assignment that is not Preact’s', () => {
    const innerHtml = warning('UNSAFE_VAR_ASSIGNMENT', 'chunks/dashboard-x.js');
    expect(judge({ warnings: [innerHtml] }, 'el.innerHTML=text;').problems).toEqual([innerHtml]);
  });
});
