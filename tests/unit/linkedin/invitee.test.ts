import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardPersonOf, invitedPerson, inviteeOf } from '@/utils/linkedin/invitee';
import { loadPage, parseHtml } from '../../helpers/dom';
import type { Profile } from '@/utils/model/profile';

const URL = 'https://www.linkedin.com/search/results/people/';

// Fictional people in LinkedIn's structure (../shared/linkedin-pages: the invite-modal excerpts, blocks A and D,
// the 2024-25 voyager pages' "People also viewed", the 2026-06 capture log's search cards).
const EMBER_SEARCH_CARD = `<li><a href="https://www.linkedin.com/in/olli-rantanen/?lipi=urn%3Ali%3Apage%3Ad_flagship3_search_srp_people">
  <span>Olli Rantanen</span></a><p>Engineering manager</p>
  <button aria-label="Invite Olli Rantanen to connect" class="artdeco-button artdeco-button--secondary" type="button">
    <span class="artdeco-button__text">Connect</span></button></li>`;
// As a Finnish UI labels it (the label's wording is ours; no English in it); the Connect icon is LinkedIn's.
const EMBER_CARD_FINNISH = `<li><a href="/in/eeva-laine-12/"><span>Eeva Laine</span></a>
  <button aria-label="Kutsu Eeva Laine verkostoosi" class="artdeco-button artdeco-button--secondary" type="button">
    <svg role="none" aria-hidden="true" data-test-icon="connect-small"></svg><span>Yhdistä</span></button></li>`;
const SDUI_MENU_ITEM = `<a role="menuitem" href="/preload/custom-invite/?vanityName=liisa-makela" componentkey="ConnectButtonstate:invitation:urn:li:member:424242_connect">
  <div aria-label="Invite Liisa Mäkelä to connect"><p>Connect</p></div></a>`;
const PROFILE_ID_CARD = `<li><a href="/in/ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy/"><span>Helmi Lahtinen</span></a>
  <button aria-label="Invite Helmi Lahtinen to connect" type="button">Connect</button></li>`;
const TOP_CARD = `<section class="artdeco-card" data-member-id="123"><h1>Aino Virtanen</h1>
  <a href="/in/aino-virtanen-4b2a1c/overlay/contact-info/">Contact info</a>
  <a href="/search/results/people/?facetConnectionOf=x">Matti Nieminen and 3 other mutual connections</a>
  <div class="pvs-profile-actions"><button aria-label="Invite Aino Virtanen to connect" type="button">Connect</button></div></section>`;

const page = (html: string) => parseHtml(`<body><main><ul>${html}</ul></main></body>`, URL);

describe('whose Connect was pressed', () => {
  it('is the person its card links to: an Ember button names only the name', () => {
    const document = page(EMBER_SEARCH_CARD + PROFILE_ID_CARD);
    expect(inviteeOf(document.querySelector('.artdeco-button__text')!)).toEqual({
      name: 'Olli Rantanen',
      slug: 'olli-rantanen',
    });
  });

  it('is read without English: the Connect icon, the card’s link, and the card’s name inside the label', () => {
    const document = page(EMBER_CARD_FINNISH + EMBER_SEARCH_CARD);
    expect(inviteeOf(document.querySelector('button span')!)).toEqual({ name: 'Eeva Laine', slug: 'eeva-laine-12' });
  });

  it('takes no name from a label that does not hold the card’s name', () => {
    const unlabelled = EMBER_CARD_FINNISH.replace('Kutsu Eeva Laine verkostoosi', 'Yhdistä');
    expect(inviteeOf(page(unlabelled).querySelector('button span')!)).toEqual({ name: '', slug: 'eeva-laine-12' });
  });

  it.each([
    ['pl', 'Zaproś użytkownika Eeva Laine do nawiązania kontaktu'],
    ['de', 'Eeva Laine als Kontakt einladen'],
    ['sv', 'Bjud in Eeva Laine att knyta kontakt'],
  ])('finds the name inside a %s label', (_, label) => {
    const card = EMBER_CARD_FINNISH.replace('Kutsu Eeva Laine verkostoosi', label).replace(
      '<span>Eeva Laine</span>',
      '<span aria-hidden="true">Eeva Laine\u200b</span><span class="visually-hidden">Profiili</span>',
    );
    expect(inviteeOf(page(card).querySelector('button span')!)).toMatchObject({ name: 'Eeva Laine' });
  });

  it('is the slug of an SDUI custom-invite link', () => {
    const document = page(SDUI_MENU_ITEM);
    expect(inviteeOf(document.querySelector('p')!)).toEqual({ name: 'Liisa Mäkelä', slug: 'liisa-makela' });
  });

  it('is a profile id when the card links one', () => {
    const document = page(PROFILE_ID_CARD);
    expect(inviteeOf(document.querySelector('button')!)).toEqual({
      name: 'Helmi Lahtinen',
      profileId: 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy',
    });
  });

  it('is the top card’s person on a profile, by its own links, not the mutual connections', () => {
    const document = page(TOP_CARD);
    expect(inviteeOf(document.querySelector('button')!)).toEqual({
      name: 'Aino Virtanen',
      slug: 'aino-virtanen-4b2a1c',
    });
  });

  it('is nobody in particular when the nearest links name several people', () => {
    const document = page(
      `<li><a href="/in/a-one/">A</a><a href="/in/b-two/">B</a><button aria-label="Kutsu"><svg data-test-icon="connect-small"></svg></button></li>`,
    );
    expect(cardPersonOf(document.querySelector('button')!)).toBeNull();
    expect(inviteeOf(document.querySelector('button')!)).toBeNull();
  });

  it('ignores other buttons', () => {
    const document = page('<li><a href="/in/a-one/">A</a><button aria-label="More actions">More</button></li>');
    expect(inviteeOf(document.querySelector('button')!)).toBeNull();
  });
});

const aino: Profile = {
  layout: 'voyager',
  key: 'aino-virtanen-4b2a1c',
  slug: 'aino-virtanen-4b2a1c',
  name: 'Aino Virtanen',
  headline: 'Product designer',
  company: 'Revontuli Oy',
  location: 'Tampere',
  photoUrl: '',
};

describe('whose timeline an invitation goes on', () => {
  it('is the profile on screen when its own Connect was pressed, or none was seen', () => {
    expect(invitedPerson({ name: 'Aino Virtanen', slug: 'aino-virtanen-4b2a1c' }, aino)).toBe(aino);
    expect(invitedPerson({ name: 'Aino Virtanen' }, aino)).toBe(aino);
    expect(invitedPerson(null, aino)).toBe(aino);
  });

  it('is the card’s person for someone else’s Connect, never the profile on screen', () => {
    expect(invitedPerson({ name: 'Pekka Salo', slug: 'pekka-salo-99' }, aino)).toMatchObject({
      layout: 'unknown',
      key: 'pekka-salo-99',
      slug: 'pekka-salo-99',
      name: 'Pekka Salo',
    });
    expect(invitedPerson({ name: '', slug: 'eeva-laine-12' }, null)).toMatchObject({ key: 'eeva-laine-12' });
    expect(
      invitedPerson({ name: 'Helmi Lahtinen', profileId: 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy' }, null),
    ).toMatchObject({ key: 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy' });
  });

  it('is no one when the page does not say whose it is', () => {
    expect(invitedPerson({ name: 'Pekka Salo' }, aino)).toBeNull();
    expect(invitedPerson({ name: 'Olli Rantanen' }, null)).toBeNull();
    expect(invitedPerson(null, null)).toBeNull();
  });
});

const SAVED = '../shared/linkedin-pages';
const voyager2024 = `${SAVED}/2024-07_loggedin-voyager_profile_sri-lalitha-jeevanige.html`;
describe.skipIf(!existsSync(voyager2024))('on LinkedIn’s saved pages', () => {
  it('reads every Connect of a 2024 profile by its card: the top card and "People also viewed"', () => {
    const document = loadPage(voyager2024, 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/');
    const buttons = [...document.querySelectorAll('button:has([data-test-icon="connect-small"])')];
    const invitees = buttons.map((button) => inviteeOf(button.querySelector('svg')!));
    expect(invitees.length).toBeGreaterThan(5);
    // The sticky header's Connect links no one; on a profile, its name is the profile's.
    const [sticky, topCard, ...alsoViewed] = invitees;
    expect(sticky).toEqual({ name: 'Sri Lalitha Jeevanige' });
    expect(topCard).toEqual({ name: 'Sri Lalitha Jeevanige', slug: 'sri-lalitha-jeevanige-35520a61' });
    expect(alsoViewed).toContainEqual({ name: 'Maria Langemar', slug: 'maria-langemar-43812a' });
    expect(alsoViewed.every((invitee) => invitee?.slug)).toBe(true);
  });

  it('reads the SDUI Connect of the "More" menu', () => {
    const document = loadPage(`${SAVED}/connect-invite-modal_verbatim-excerpts_2017-2026.html`, URL);
    const item = document.querySelector('a[href*="/preload/custom-invite/"] p')!;
    expect(inviteeOf(item)).toEqual({ name: 'Jeremy Harbour', slug: 'jeremyharbour' });
  });
});
