/**
 * Who a LinkedIn URL is about. Every URL form of one person gives the same contact key.
 * URL forms: ../shared/linkedin-pages/README.md, "URL forms of one person".
 *
 * Each predicate has its example URLs beside it; tests/unit/linkedin/urls.test.ts checks that every predicate matches
 * its own examples and no other predicate's.
 */

/** A LinkedIn profile id, as in `/in/ACoAA…` messaging links: exactly 39 characters, case-sensitive. */
export const PROFILE_ID_PATTERN = /ACoAA[A-Za-z0-9_-]{34}/;
const WHOLE_PROFILE_ID = new RegExp(`^${PROFILE_ID_PATTERN.source}$`);

// www.linkedin.com, linkedin.com and country hosts such as se.linkedin.com (logged-out public pages).
const LINKEDIN_HOST = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;

// `/in/<id>` or `/public-profile/in/<id>`, then whatever follows.
const PROFILE_PATH = /^\/(?:public-profile\/)?in\/([^/]+)(\/.*)?$/;

// Paths under a profile that still show the profile itself: the bare profile and its overlays
// (contact info, about this profile, photo), which LinkedIn opens over the top card.
const PROFILE_ITSELF_REST = /^\/?$|^\/overlay\//;

// Paths under a profile that are screens of their own, without the top card.
const PROFILE_SUBPAGE_REST = /^\/(?:details|recent-activity|skills|detail)\//;

/** How a URL names a person: the vanity slug (lowercased) and/or the profile id. */
export interface UrlIdentity {
  slug?: string;
  profileId?: string;
}

interface ParsedProfileUrl {
  identity: UrlIdentity;
  rest: string;
}

function toUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** A page on LinkedIn's own site (any country host), where our content script runs; examples below. */
export function isLinkedInUrl(url: string | URL): boolean {
  const parsed = toUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && LINKEDIN_HOST.test(parsed.hostname);
}

function parse(url: string | URL): ParsedProfileUrl | null {
  const parsed = toUrl(url);
  if (!parsed || !isLinkedInUrl(parsed)) return null;
  const match = PROFILE_PATH.exec(parsed.pathname);
  if (!match) return null;
  const identity = identityFromSegment(match[1]);
  return identity ? { identity, rest: match[2] ?? '' } : null;
}

/** The identity in one `/in/<segment>` path segment, or null when it names nobody. */
export function identityFromSegment(segment: string): UrlIdentity | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding: not a URL LinkedIn would serve
  }
  decoded = decoded.normalize('NFC').trim();
  if (WHOLE_PROFILE_ID.test(decoded)) return { profileId: decoded };
  // `/in/me/` redirects to the viewer's own profile; it names no one in particular.
  if (decoded === '' || decoded.toLowerCase() === 'me' || /[\s/?#]/.test(decoded)) return null;
  return { slug: decoded.toLowerCase() };
}

/** The contact key of an identity: the slug when known, else the profile id. */
export function keyOf(identity: UrlIdentity): string | null {
  return identity.slug ?? identity.profileId ?? null;
}

/** The identity a profile URL names, from any of its forms; null for other URLs. */
export function identityFromUrl(url: string | URL): UrlIdentity | null {
  return parse(url)?.identity ?? null;
}

/** The contact key of the person a LinkedIn URL is about, or null when it is about no one. */
export function contactKeyFromUrl(url: string | URL): string | null {
  const identity = identityFromUrl(url);
  return identity ? keyOf(identity) : null;
}

/** The profile address of a contact key (a slug or a profile id: both open as /in/<key>/). */
export function profileUrlOf(key: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
}

/** A person's profile itself (or an overlay over it): the page that shows the top card. */
export function isProfilePage(url: string | URL): boolean {
  const parsed = parse(url);
  return parsed !== null && PROFILE_ITSELF_REST.test(parsed.rest);
}

/** A screen of its own under a person's profile (all experience, activity): no top card there. */
export function isProfileSubpage(url: string | URL): boolean {
  const parsed = parse(url);
  return parsed !== null && PROFILE_SUBPAGE_REST.test(parsed.rest);
}

/** A page that belongs to one person: their profile, its overlays, or a screen of its own under it. */
export function isPersonPage(url: string | URL): boolean {
  return isProfilePage(url) || isProfileSubpage(url);
}

/** LinkedIn's own hosts, and look-alikes that are not (tests/unit/linkedin/urls.test.ts). */
export const linkedInUrlExamples = {
  linkedIn: [
    'https://www.linkedin.com/feed/',
    'https://linkedin.com/in/aino-virtanen/',
    'https://fi.linkedin.com/in/aino-virtanen',
    'https://se.linkedin.com/in/sri-lalitha-jeevanige-35520a61',
  ],
  notLinkedIn: [
    'http://www.linkedin.com/feed/',
    'https://fi.linkedin.com.evil.example/in/aino-virtanen/',
    'https://www.linkedin.com.example.org/',
    'https://evil-linkedin.com/',
    'https://business.linkedin.com/talent-solutions',
    'https://example.org/?https://www.linkedin.com/',
    'not a url',
  ],
} as const;

/** The example URLs of each predicate, kept beside them and checked in tests. */
export const urlExamples = {
  isProfilePage: [
    'https://www.linkedin.com/in/aino-virtanen',
    'https://www.linkedin.com/in/aino-virtanen/',
    'https://www.linkedin.com/in/Aino-Virtanen/?locale=fi_FI',
    'https://www.linkedin.com/in/aino-virtanen/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB',
    'https://www.linkedin.com/in/aino-virtanen/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed',
    'https://www.linkedin.com/in/aino-virtanen?trk=public_profile_browsemap',
    'https://fi.linkedin.com/in/aino-virtanen',
    'https://www.linkedin.com/in/aino-virtanen/overlay/contact-info/',
    'https://www.linkedin.com/in/aino-virtanen/overlay/about-this-profile/',
    'https://www.linkedin.com/in/%C3%B6mer-kaya-1a2b3c/',
    'https://www.linkedin.com/in/ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy/',
    'https://www.linkedin.com/public-profile/in/aino-virtanen/',
  ],
  isProfileSubpage: [
    'https://www.linkedin.com/in/aino-virtanen/details/experience/',
    'https://www.linkedin.com/in/aino-virtanen/recent-activity/all/',
    'https://www.linkedin.com/in/aino-virtanen/details/skills/?locale=fi_FI',
    'https://fi.linkedin.com/in/aino-virtanen/recent-activity/comments/',
  ],
  /** Neither: LinkedIn pages about no one in particular, and other sites. */
  neither: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/company/example-oy/',
    'https://www.linkedin.com/search/results/people/?keywords=aino',
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'http://www.linkedin.com/in/aino-virtanen/',
    'https://www.linkedin.com.example.org/in/aino-virtanen/',
    'https://example.org/in/aino-virtanen/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'not a url',
  ],
} as const;
