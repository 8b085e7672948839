/**
 * Reads a LinkedIn profile page into a snapshot: who it is and what the top card says.
 *
 * Three markup generations are live at once (../shared/linkedin-pages/README.md): the logged-out public page,
 * the Ember "voyager" app and the 2026 server-driven React UI ("SDUI"). Every field is read inside the top card,
 * because a profile page is full of other people. Never from the embedded `<code id="bpr-guid-*">` JSON: it can
 * describe someone else after in-app navigation.
 */
import {
  PROFILE_ID_PATTERN,
  identityFromSegment,
  identityFromUrl,
  isProfilePage,
  keyOf,
  type UrlIdentity,
} from './urls';

export type Layout = 'sdui' | 'voyager' | 'guest' | 'unknown';

/** What one look at a profile page tells. Empty strings where the page does not show a field. */
export interface ProfileSnapshot {
  layout: Layout;
  /** The contact key the URL gives. */
  key: string;
  slug?: string;
  profileId?: string;
  memberId?: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
}

type Root = Document;

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without relying on a global `Node` (the reader runs on any DOM). */
const FOLLOWING = 4;

/** Whitespace collapsed, as a person reads it (Ember headlines hold raw newlines). */
function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = clean(root.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return '';
}

// Profile photos are signed media.licdn.com URLs; ghost pictures are static.licdn.com or data: URLs.
const PROFILE_PHOTO_URL = /^https:\/\/media\.licdn\.com\/.*profile-(?:display|framed)photo/;

function photoIn(scope: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const img of scope.querySelectorAll<HTMLImageElement>(selector)) {
      const src = img.getAttribute('src') ?? '';
      if (PROFILE_PHOTO_URL.test(src)) return src;
    }
  }
  return '';
}

/** The identity in a link to `/in/<segment>/…` (contact info, about this profile). */
function identityFromLink(scope: ParentNode, selectors: readonly string[]): UrlIdentity | null {
  const link = first(scope, selectors);
  const href = link?.getAttribute('href');
  if (!href) return null;
  const match = /\/in\/([^/?#]+)/.exec(href);
  return match ? identityFromSegment(match[1]) : null;
}

function profileIdIn(text: string | null | undefined): string | undefined {
  return PROFILE_ID_PATTERN.exec(text ?? '')?.[0];
}

function memberIdFromUrn(urn: string | null | undefined): string | undefined {
  return /urn:li:member:(\d+)/.exec(urn ?? '')?.[1];
}

/** What a generation's reader finds in its top card. */
interface TopCard {
  layout: Exclude<Layout, 'unknown'>;
  /** The identity the top card itself shows, to check that it belongs to the URL. */
  shown: UrlIdentity;
  memberId?: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
}

// ---------------------------------------------------------------------------------------------------------------
// SDUI (2026, React, hashed classes): anchor on componentkey attributes, SVG ids and URLs only.

const SDUI_TOP_CARD = [
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', // SDUI 2026
];

// "He/Him", "(She/Her)", "· 2nd", "3rd+": lines between the name and the headline that are not the headline.
const PRONOUNS_OR_DEGREE = /^\(?\s*[\p{L}]+(?:\s*\/\s*[\p{L}]+)+\s*\)?$|^·?\s*(?:1st|2nd|3rd\+?)$/u;

function readSdui(root: Root): TopCard | null {
  const card = first(root, SDUI_TOP_CARD);
  if (!card) return null;
  const nameElement = first(card, ['h1', 'h2']); // SDUI 2026: the name is an h2 (self view has no h1 at all)
  const name = clean(nameElement?.textContent);
  if (!nameElement || !name) return null;

  // The headline is the first paragraph after the name block that is not pronouns or the connection degree.
  let headline = '';
  for (const paragraph of card.querySelectorAll('p')) {
    const following = nameElement.compareDocumentPosition(paragraph) & FOLLOWING;
    const text = clean(paragraph.textContent);
    if (following && text && !PRONOUNS_OR_DEGREE.test(text)) {
      headline = text;
      break;
    }
  }

  // Current company and school are entities whose icon tells them apart.
  const companyIcon = card.querySelector('svg#company-accent-4'); // SDUI 2026 company entity
  const company = clean(companyIcon?.closest('figure')?.parentElement?.querySelector('p')?.textContent);

  // The location shares its row with the Contact-info link.
  const contactLink = card.querySelector('a[href*="/overlay/contact-info/"]');
  const locationRow = contactLink?.closest('p')?.parentElement;
  const location = clean(locationRow?.querySelector('p')?.textContent);

  const componentKey = card.getAttribute('componentkey');
  const verificationKey = card
    .querySelector('[componentkey^="ProfileVerificationTriggerRef-"]')
    ?.getAttribute('componentkey');
  const slugFromVerification = verificationKey?.slice('ProfileVerificationTriggerRef-'.length);
  const shown: UrlIdentity = {
    ...(identityFromLink(card, ['a[href*="/overlay/contact-info/"]']) ??
      (slugFromVerification ? identityFromSegment(slugFromVerification) : null) ??
      {}),
    profileId: profileIdIn(componentKey), // the key runs straight on into "Topcard": use the fixed length
  };
  const connect = root.querySelector('[componentkey*="urn:li:member:"][componentkey$="_connect"]');
  return {
    layout: 'sdui',
    shown,
    memberId: memberIdFromUrn(connect?.getAttribute('componentkey')),
    name,
    headline,
    company,
    location,
    photoUrl: photoIn(card, ['img']),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Voyager (Ember, 2019–2025): utility classes and aria-labels.

const VOYAGER_TOP_CARD = [
  'main section.artdeco-card[data-member-id]', // voyager 2022-25
];

function readVoyager(root: Root): TopCard | null {
  const card = first(root, VOYAGER_TOP_CARD);
  if (!card) return null;
  const name = firstText(card, [
    'a[href*="/overlay/about-this-profile/"] h1', // voyager 2024-25
    'h1', // voyager, older saves
  ]);
  if (!name) return null;
  const shown: UrlIdentity = {
    ...identityFromLink(card, [
      'a[href*="/overlay/about-this-profile/"]', // voyager 2024-25
      'a[href*="/overlay/contact-info/"]', // voyager, all years
    ]),
    // The "mutual connections" search is a search of this person's connections.
    profileId: profileIdIn(card.querySelector('a[href*="facetConnectionOf"]')?.getAttribute('href')),
  };
  return {
    layout: 'voyager',
    shown,
    memberId: card.getAttribute('data-member-id') || undefined, // empty when the member hides it
    name,
    headline: firstText(card, [
      '.text-body-medium.break-words', // voyager 2022-25
    ]),
    // The button's aria-label ("Current company: X. Click to skip…") is localised; its text is just X.
    company: firstText(card, [
      'button[aria-label^="Current company:"]', // voyager 2022-25, English UI; absent when the member hides it
    ]),
    location: firstText(card, [
      'span.text-body-small.inline.t-black--light.break-words', // voyager 2022-25
    ]),
    photoUrl: photoIn(card, [
      'img.pv-top-card-profile-picture__image--show', // voyager 2024
      'img.pv-top-card-profile-picture__image', // voyager 2022-23
    ]),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The logged-out public page ("public_profile_v3"): server-rendered, stable BEM classes.

const GUEST_TOP_CARD = [
  'section.top-card-layout', // public profile v3, 2021-26
];

/** The current employer from the page's JSON-LD Person (public pages only; not the `<code>` JSON). */
function companyFromJsonLd(root: Root): string {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      const graph: unknown[] = Array.isArray(data?.['@graph']) ? data['@graph'] : [data];
      for (const node of graph) {
        const person = node as { '@type'?: string; worksFor?: { name?: string }[] };
        if (person?.['@type'] === 'Person' && Array.isArray(person.worksFor)) {
          const name = clean(person.worksFor[0]?.name);
          if (name) return name;
        }
      }
    } catch {
      // A script that is not JSON tells us nothing.
    }
  }
  return '';
}

function readGuest(root: Root): TopCard | null {
  const card = first(root, GUEST_TOP_CARD);
  if (!card) return null;
  const name = firstText(card, ['h1.top-card-layout__title']); // public profile v3
  if (!name) return null;
  const canonical =
    root.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    root.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const member = root.querySelector('[data-semaphore-content-type="PROFILE"][data-semaphore-content-urn]');
  return {
    layout: 'guest',
    shown: (canonical && identityFromUrl(new URL(canonical, 'https://www.linkedin.com'))) || {},
    memberId: memberIdFromUrn(member?.getAttribute('data-semaphore-content-urn')),
    name,
    headline: firstText(card, ['.top-card-layout__headline']), // public profile v3
    company:
      firstText(card, [
        'a[data-tracking-control-name="public_profile_topcard-current-company"]', // public profile v3
      ]) || companyFromJsonLd(root),
    location: firstText(card, [
      '.top-card-layout__first-subline .not-first-middot > span', // public profile v3, 2024
      '.top-card__subline-item', // public profile v3, 2021-22
    ]),
    photoUrl: photoIn(card, ['img.top-card__profile-image']),
  };
}

// ---------------------------------------------------------------------------------------------------------------

const GENERATIONS = [readSdui, readVoyager, readGuest];

const NOT_FOUND = [
  '.page-not-found', // public profile v3: "Profile Not Found"
  '[data-test-id^="page-not-found"]', // public profile v3 call-to-action
];

/** True when the top card names someone other than the URL does (the previous person, mid-navigation). */
function belongsToSomeoneElse(shown: UrlIdentity, url: UrlIdentity): boolean {
  if (shown.slug && url.slug) return shown.slug !== url.slug;
  if (shown.profileId && url.profileId) return shown.profileId !== url.profileId;
  return false; // nothing to compare: show the card's words, keyed by the URL
}

/**
 * True when the top card shows the URL's own slug or profile id, so that it proves whom it shows. Only then are
 * the card's other ids (a slug beside a profile-id URL, the member id) taken as this person's: a card that
 * proves nothing may be the previous person's, lingering, or a copy with its ids scrubbed, and linking its ids
 * would put one person's notes on another.
 */
function provesIdentity(shown: UrlIdentity, url: UrlIdentity): boolean {
  return Boolean((shown.slug && shown.slug === url.slug) || (shown.profileId && shown.profileId === url.profileId));
}

/** The page title without LinkedIn's decorations: "(3) Aino Virtanen | LinkedIn" → "Aino Virtanen". */
export function nameFromTitle(title: string): string {
  return clean(title.replace(/^\(\d+\+?\)\s*/, '').replace(/\s*\|\s*LinkedIn\s*$/i, ''));
}

/**
 * The snapshot of the profile at `url` shown in `root`; null on pages that are not profiles, on "Profile Not
 * Found", and while the top card still shows someone else. A layout none of the readers knows gives a snapshot
 * of layout `unknown`, keyed by the URL, with the name from the title at best.
 */
export function readProfile(root: Root, url: string): ProfileSnapshot | null {
  if (!isProfilePage(url)) return null;
  const urlIdentity = identityFromUrl(url);
  const key = urlIdentity && keyOf(urlIdentity);
  if (!urlIdentity || !key) return null;
  if (first(root, NOT_FOUND)) return null;

  for (const read of GENERATIONS) {
    const card = read(root);
    if (!card) continue;
    if (belongsToSomeoneElse(card.shown, urlIdentity)) return null;
    const { shown, layout, memberId, ...fields } = card;
    const proven = provesIdentity(shown, urlIdentity);
    return {
      layout,
      key,
      slug: urlIdentity.slug ?? (proven ? shown.slug : undefined),
      profileId: urlIdentity.profileId ?? (proven ? shown.profileId : undefined),
      memberId: proven ? memberId : undefined,
      ...fields,
    };
  }
  return {
    layout: 'unknown',
    key,
    ...urlIdentity,
    name: nameFromTitle(root.title ?? ''),
    headline: '',
    company: '',
    location: '',
    photoUrl: '',
  };
}
