/**
 * Reads a LinkedIn profile page into a snapshot: who it is and what the top card says.
 *
 * Three markup generations are live at once (../shared/linkedin-pages/README.md): the logged-out public page,
 * the Ember "voyager" app and the 2026 server-driven React UI ("SDUI"). Every field is read inside the top card,
 * because a profile page is full of other people. Never from the embedded `<code id="bpr-guid-*">` JSON: it can
 * describe someone else after in-app navigation.
 */
import { clean } from './text';
import type { Layout, Profile } from '../model/profile';
import {
  PROFILE_ID_PATTERN,
  identityFromSegment,
  identityFromUrl,
  isPersonPage,
  isProfileSubpage,
  keyOf,
  type UrlIdentity,
} from './urls';

type Root = Document;

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without relying on a global `Node` (the reader runs on any DOM). */
const FOLLOWING = 4;

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

/** The identity a link to `/in/<segment>/…` names. */
function identityOfLink(link: Element | null): UrlIdentity | null {
  const match = /\/in\/([^/?#]+)/.exec(link?.getAttribute('href') ?? '');
  return match ? identityFromSegment(match[1]) : null;
}

/** The identity in the first link the selectors find (contact info, about this profile). */
function identityFromLink(scope: ParentNode, selectors: readonly string[]): UrlIdentity | null {
  return identityOfLink(first(scope, selectors));
}

function profileIdIn(text: string | null | undefined): string | undefined {
  return PROFILE_ID_PATTERN.exec(text ?? '')?.[0];
}

function memberIdFromUrn(urn: string | null | undefined): string | undefined {
  return /urn:li:member:(\d+)/.exec(urn ?? '')?.[1];
}

/** What a generation's reader finds in its top card. */
interface TopCard {
  layout: Exclude<Layout, 'subpage' | 'unknown'>;
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
// SDUI (2026, React, hashed classes): anchor on componentkey attributes, SVG ids, URLs and the card's structure.
// The top card, as in every 2026 save: the name (an h2, or an h1) inside a link to /in/<slug>/; pronouns and the
// degree beside it; then, one level up, the headline, a "Company · School" line and the location row; then the
// company and school entities, told apart by their icons.

/** A link to a profile itself (`/in/<segment>/`, any query), as around the SDUI name; not to its overlays. */
function isProfileLink(link: Element): boolean {
  try {
    return /^\/in\/[^/]+\/?$/.test(new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com').pathname);
  } catch {
    return false;
  }
}

/** The name heading inside a link to a profile itself, within `scope`. */
function sduiNameIn(scope: ParentNode): Element | null {
  for (const heading of scope.querySelectorAll('a[href*="/in/"] :is(h1, h2)')) {
    const link = heading.closest('a');
    if (link && isProfileLink(link) && clean(heading.textContent)) return heading;
  }
  return null;
}

/** The top card and its name heading, found by key or, when the keys are scrubbed, by structure. */
function sduiTopCard(root: Root): { card: Element; nameElement: Element } | null {
  const keyed = root.querySelector(
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', // SDUI 2026
  );
  const keyedName = keyed && (sduiNameIn(keyed) ?? first(keyed, ['h1', 'h2'])); // SDUI 2026: self view has no h1
  if (keyed && keyedName) return { card: keyed, nameElement: keyedName };
  // SDUI 2026 with its componentkeys scrubbed (2026-08_sdui_en_odon-anonimizalt): the first profile-link
  // heading in the screen's main column is the top card's; the card is its section.
  const main = root.querySelector('[data-sdui-screen^="com.linkedin.sdui.flagshipnav.profile"] main');
  const nameElement = main && sduiNameIn(main);
  const card = nameElement?.closest('section');
  return nameElement && card ? { card, nameElement } : null;
}

// The degree ("· 2nd", "· 2.", "· 2e", "· 2:a": the middle dot is what no translation changes) and pronouns
// ("He/Him", "(hän/hänen)"): lines beside the name that are not the headline.
const DEGREE = /^·\s*\S+$/u;
const PRONOUNS = /^\(?\s*\p{L}+(?:\s*\/\s*\p{L}+)+\s*\)?$/u;

/** How many elements down from the card `element` sits. */
function depthIn(card: Element, element: Element): number {
  let depth = 0;
  for (let at: Element | null = element; at && at !== card; at = at.parentElement) depth++;
  return depth;
}

/**
 * The headline: the first paragraph after the name that is not its degree or pronouns. Pronouns sit beside the
 * name, deeper than the headline after them; a headline that looks like pronouns ("Founder/CEO") does not.
 */
function sduiHeadline(card: Element, nameElement: Element): Element | null {
  const lines = [...card.querySelectorAll('p')].filter((paragraph) => {
    const text = clean(paragraph.textContent);
    return nameElement.compareDocumentPosition(paragraph) & FOLLOWING && text && !DEGREE.test(text);
  });
  const besideName = (line: Element, next: Element | undefined) =>
    PRONOUNS.test(clean(line.textContent)) && next !== undefined && depthIn(card, next) < depthIn(card, line);
  return lines.find((line, index) => !besideName(line, lines[index + 1])) ?? null;
}

/**
 * The location: the first paragraph of the row that follows the headline's paragraphs (the headline and the
 * "Company · School" line), with or without a Contact-info link in it. A row with an icon is an entity (the
 * company), not a location: then the card shows none.
 */
function sduiLocation(headline: Element | null): string {
  let row = headline?.nextElementSibling;
  while (row?.tagName.toLowerCase() === 'p') row = row.nextElementSibling;
  if (!row || row.querySelector('figure, svg')) return '';
  return clean(row.querySelector('p')?.textContent);
}

function readSdui(root: Root): TopCard | null {
  const found = sduiTopCard(root);
  if (!found) return null;
  const { card, nameElement } = found;
  const name = clean(nameElement.textContent);
  const headline = sduiHeadline(card, nameElement);

  // Current company and school are entities whose icon tells them apart.
  const companyIcon = card.querySelector('svg#company-accent-4'); // SDUI 2026 company entity
  const company = clean(companyIcon?.closest('figure')?.parentElement?.querySelector('p')?.textContent);

  // The name links to the profile (its slug); the Topcard key holds the profile id in most saves (it runs
  // straight on into "Topcard": the fixed length finds it), the slug in some, and nothing when scrubbed; the
  // "Message" link's profileUrn holds it too.
  const slugShown = identityOfLink(nameElement.closest('a'))?.slug;
  const profileIdShown =
    profileIdIn(card.getAttribute('componentkey')) ??
    profileIdIn(card.querySelector('a[href*="fsd_profile"]')?.getAttribute('href'));
  // Only the top card's own Connect: "People you may know" further down has Connects for other people.
  const connect = card.querySelector('[componentkey*="urn:li:member:"][componentkey$="_connect"]');
  return {
    layout: 'sdui',
    shown: { slug: slugShown, profileId: profileIdShown },
    memberId: memberIdFromUrn(connect?.getAttribute('componentkey')),
    name,
    headline: clean(headline?.textContent),
    company,
    location: sduiLocation(headline),
    photoUrl: photoIn(card, ['img']),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Voyager (Ember, 2019–2026): utility classes and aria-labels.

const VOYAGER_TOP_CARD = [
  'main section.artdeco-card[data-member-id]', // voyager 2022-26
];

/**
 * The words before the current company's name in its button's aria-label ("Current company: X. Click to skip
 * to experience card"), per UI language: the one word the reader needs, since the school's button beside it
 * has the same form. en and pl are as in saved pages; the others are LinkedIn's wording as we know it, not yet
 * seen in a saved page (2026-12: add the page when one is).
 */
export const CURRENT_COMPANY_LABELS = {
  en: 'Current company', // 2024-07_loggedin-voyager_*, 2025-04_voyager_en_*
  fi: 'Nykyinen yritys',
  sv: 'Nuvarande företag',
  de: 'Aktuelles Unternehmen',
  fr: 'Entreprise actuelle', // French puts a space before the colon
  es: 'Empresa actual',
  pl: 'Obecna firma', // 2026-05_voyager_pl_*
} as const;

const CURRENT_COMPANY_LABEL = new RegExp(`^(?:${Object.values(CURRENT_COMPANY_LABELS).join('|')})\\s*:`, 'iu');

/**
 * The current company: the text of the top card's company button. The entity buttons (company, school) are the
 * ones whose aria-label names their own text after a colon; the company's is told by its label's first words,
 * or, in a language the table lacks, by coming first (the school follows it). A lone button in such a language
 * may be the school (the member hid the company): then no company.
 */
function voyagerCompany(card: Element): string {
  const entities = [...card.querySelectorAll('li > button[aria-label]')].filter((button) =>
    clean(button.getAttribute('aria-label')).includes(`: ${clean(button.textContent)}`),
  );
  const labelled = entities.find((button) => CURRENT_COMPANY_LABEL.test(clean(button.getAttribute('aria-label'))));
  return clean((labelled ?? (entities.length > 1 ? entities[0] : null))?.textContent);
}

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
    company: voyagerCompany(card), // voyager 2022-26; absent when the member hides it
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

/**
 * The person's name in the page title, without LinkedIn's decorations: "(3) Aino Virtanen | LinkedIn" → "Aino
 * Virtanen"; a screen of its own names its section first, in the UI's language: "Kokemus | Aino Virtanen |
 * LinkedIn" → "Aino Virtanen".
 */
export function nameFromTitle(title: string): string {
  const parts = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*\|\s*LinkedIn\s*$/i, '')
    .split(' | ');
  return clean(parts.at(-1));
}

/** A snapshot that knows the person by the URL only, and the name from the title at best. */
function byUrlOnly(root: Root, layout: 'subpage' | 'unknown', key: string, identity: UrlIdentity): Profile {
  return {
    layout,
    key,
    ...identity,
    name: nameFromTitle(root.title ?? ''),
    headline: '',
    company: '',
    location: '',
    photoUrl: '',
  };
}

/**
 * The snapshot of the person at `url` shown in `root`; null on pages about no one, on "Profile Not Found", and
 * while the top card still shows someone else. A screen of its own under a profile (no top card there; one
 * still in the DOM is the previous page's) gives a snapshot of layout `subpage`, and a layout none of the readers
 * knows one of layout `unknown`: keyed by the URL, with the name from the title at best.
 */
export function readProfile(root: Root, url: string): Profile | null {
  if (!isPersonPage(url)) return null;
  const urlIdentity = identityFromUrl(url);
  const key = urlIdentity && keyOf(urlIdentity);
  if (!urlIdentity || !key) return null;
  if (isProfileSubpage(url)) return byUrlOnly(root, 'subpage', key, urlIdentity);
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
      ...(!proven && { cardShowsNoId: true as const }),
    };
  }
  return byUrlOnly(root, 'unknown', key, urlIdentity);
}
