/**
 * Where the content script runs: LinkedIn's own site, www and the two-letter country hosts of logged-out pages
 * (fi.linkedin.com/in/…), not LinkedIn's other subdomains (business, help, …) nor anyone else's. A match
 * pattern cannot say "two letters"; an include glob can (`?` is one character). All of LinkedIn, not just /in/*:
 * arriving at a profile from the feed is an in-app navigation, and a content script matching only profiles
 * would never be injected then. The background trusts the same hosts (utils/linkedin/urls.ts, isLinkedInUrl).
 */
export const CONTENT_MATCHES = ['https://*.linkedin.com/*'];
export const CONTENT_INCLUDE_GLOBS = [
  'https://www.linkedin.com/*',
  'https://linkedin.com/*',
  'https://??.linkedin.com/*',
];
