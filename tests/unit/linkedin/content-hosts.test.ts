/**
 * The content script runs on LinkedIn's own hosts (www and the country hosts) and nowhere else, the same hosts
 * the background trusts (isLinkedInUrl): checked against the URL examples beside isLinkedInUrl.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_INCLUDE_GLOBS, CONTENT_MATCHES } from '@/entrypoints/content/hosts';
import { linkedInUrlExamples } from '@/utils/linkedin/urls';

/** A match pattern's host and path as a regex: `*.` is any subdomain or none, `*` in the path anything. */
function matchPattern(pattern: string): RegExp {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const hostPart = host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  return new RegExp(`^${scheme}://${hostPart}${escape(path).replaceAll('\\*', '.*')}$`);
}

/** An include glob as a regex: `*` is any run of characters, `?` one character. */
function glob(pattern: string): RegExp {
  return new RegExp(`^${escape(pattern).replaceAll('\\*', '.*').replaceAll('\\?', '.')}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function injectedInto(url: string): boolean {
  const matched = CONTENT_MATCHES.some((pattern) => matchPattern(pattern).test(url));
  return matched && CONTENT_INCLUDE_GLOBS.some((pattern) => glob(pattern).test(url));
}

describe('where the content script is injected', () => {
  it.each(linkedInUrlExamples.linkedIn)('%s', (url) => expect(injectedInto(url)).toBe(true));
  it.each(linkedInUrlExamples.notLinkedIn.filter((url) => url.includes('://')))('not %s', (url) =>
    expect(injectedInto(url)).toBe(false),
  );
});
