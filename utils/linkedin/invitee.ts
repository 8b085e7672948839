/**
 * Whose invitation it is: the person whose Connect was pressed, told by the /in/ link of the card the Connect
 * sits in (a search result, a My Network card, "People also viewed", the top card), and whose timeline it goes
 * on. Markup: ../shared/linkedin-pages/README.md, "Connect and the note".
 */
import { clean } from './text';
import { identityFromSegment, identityFromUrl, keyOf, type UrlIdentity } from './urls';
import type { Profile } from '../model/profile';

/** Whose invitation a Connect control starts: the name it announces, and who its card links to. */
export interface Invitee extends UrlIdentity {
  /** As the Connect's label says it (in English, or the card's name inside a label in any language); else ''. */
  name: string;
}

const CUSTOM_INVITE = 'a[href*="/preload/custom-invite/"]';
const ENGLISH_LABEL = '[aria-label^="Invite "][aria-label$=" to connect"]';
const CONNECT = [
  CUSTOM_INVITE, // SDUI 2026, profile "More" menu and cards: /preload/custom-invite/?vanityName=<slug>, any language
  ENGLISH_LABEL, // Ember buttons and SDUI menu items, English UI: "Invite <Name> to connect"
  'button:has([data-test-icon="connect-small"])', // Ember 2024-25 buttons, any language: the Connect icon
];

/** The profile link in an anchor's href, if it is one. */
function linkedIdentity(link: Element): UrlIdentity | null {
  return identityFromUrl(new URL(link.getAttribute('href')!, 'https://www.linkedin.com'));
}

/**
 * The block around an element that links to one person, and who: from the element outwards, the first block
 * with /in/ links decides, and only when they all name the same person. Null when no block has any, or the
 * first has several (a list of people): then the page does not say, and nothing is guessed.
 */
function cardOf(element: Element): { block: Element; person: UrlIdentity } | null {
  for (let block: Element | null = element; block; block = block.parentElement) {
    const links = [block, ...block.querySelectorAll('a[href]')].filter((link) => link.matches('a[href]'));
    const people = new Map<string, UrlIdentity>();
    for (const identity of links.map(linkedIdentity)) {
      if (identity) people.set(keyOf(identity)!, identity);
    }
    if (people.size > 0) return people.size === 1 ? { block, person: [...people.values()][0] } : null;
  }
  return null;
}

/** The one person the block around an element links to (cardOf). */
export function cardPersonOf(element: Element): UrlIdentity | null {
  return cardOf(element)?.person ?? null;
}

/**
 * The invitee's name in any UI language: every translation of "Invite <Name> to connect" holds the person's own
 * name, so the longest text of the card's links (or their parts) that the Connect's label contains is it.
 */
function nameInLabel(label: string, block: Element): string {
  const texts = [...block.querySelectorAll('a[href*="/in/"], a[href*="/in/"] *')].map((part) =>
    clean(part.textContent),
  );
  const names = texts.filter((text) => text.length > 1 && label.includes(text));
  return names.reduce((longest, name) => (name.length > longest.length ? name : longest), '');
}

/** The invitee of a clicked element, if it is (inside) a Connect control. */
export function inviteeOf(clicked: Element): Invitee | null {
  const control = clicked.closest(CONNECT.join(', '));
  if (!control) return null;
  const labelled = control.matches('[aria-label]') ? control : control.querySelector('[aria-label]');
  const label = clean(labelled?.getAttribute('aria-label'));
  // The SDUI link names the person itself; any other Connect, by its card.
  const link = control.closest(CUSTOM_INVITE) ?? control.querySelector(CUSTOM_INVITE);
  const vanity = link && new URL(link.getAttribute('href')!, 'https://www.linkedin.com').searchParams.get('vanityName');
  const card = cardOf(control);
  const identity = (vanity ? identityFromSegment(vanity) : null) ?? card?.person;
  const name = /^Invite (.+) to connect$/.exec(label)?.[1] ?? (card ? nameInLabel(label, card.block) : '');
  return name || identity ? { name, ...identity } : null;
}

/** Whether the invitee is the person of this profile: by slug or profile id when both say, else by name. */
function isPersonOf(invitee: Invitee, profile: Profile): boolean {
  if (invitee.slug && profile.slug) return invitee.slug === profile.slug;
  if (invitee.profileId && profile.profileId) return invitee.profileId === profile.profileId;
  return invitee.name !== '' && invitee.name.toLocaleLowerCase() === profile.name.toLocaleLowerCase();
}

/**
 * Whose timeline an invitation goes on: the profile on screen when the Connect was its person's (or none was
 * seen: on a profile, the top card's Connect is the one there is), else the invitee by their card's link, else
 * no one: the page does not say, so nothing is logged, and the composer says so beforehand.
 */
export function invitedPerson(invitee: Invitee | null, onScreen: Profile | null): Profile | null {
  if (!invitee) return onScreen;
  if (onScreen && isPersonOf(invitee, onScreen)) return onScreen;
  const key = keyOf(invitee);
  if (!key) return null;
  const { name, slug, profileId } = invitee;
  return { layout: 'unknown', key, slug, profileId, name, headline: '', company: '', location: '', photoUrl: '' };
}
