import { describe, expect, it } from 'vitest';
import { nameFromTitle, readProfile } from '@/utils/linkedin/profile';
import { readsTopCard } from '@/utils/model/profile';
import { loadPage, parseHtml } from '../../helpers/dom';

const page = (file: string, url: string) => loadPage(`tests/fixtures/pages/${file}`, url);

describe('readProfile on our fixtures of each markup generation', () => {
  it('reads a voyager (Ember) top card, ignoring the embedded JSON, sticky header and other people', () => {
    const url = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';
    expect(readProfile(page('voyager-aino-virtanen.html', url), url)).toEqual({
      layout: 'voyager',
      key: 'aino-virtanen-4b2a1c',
      slug: 'aino-virtanen-4b2a1c',
      profileId: 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy',
      memberId: '100200300',
      name: 'Aino Virtanen',
      headline: 'Product designer at Revontuli Oy | Accessibility & design systems',
      company: 'Revontuli Oy',
      location: 'Tampere, Pirkanmaa, Finland',
      photoUrl: expect.stringMatching(/^https:\/\/media\.licdn\.com\/.*profile-displayphoto/),
    });
  });

  it('reads a logged-out public page, with the slug from a country-host canonical and no ghost photo', () => {
    const url = 'https://www.linkedin.com/in/mikko-korhonen-77?trk=public_profile_browsemap';
    expect(readProfile(page('guest-mikko-korhonen.html', url), url)).toEqual({
      layout: 'guest',
      key: 'mikko-korhonen-77',
      slug: 'mikko-korhonen-77',
      profileId: undefined,
      memberId: '555666777',
      name: 'Mikko Korhonen',
      headline: 'Data engineer | Open data & energy markets',
      company: 'Saimaa Analytics',
      location: 'Lappeenranta, South Karelia, Finland',
      photoUrl: '',
    });
  });

  it('reads an SDUI top card: h2 name, pronouns and degree skipped, company by its icon, decoy header ignored', () => {
    const url = 'https://www.linkedin.com/in/liisa-makela/';
    expect(readProfile(page('sdui-liisa-makela.html', url), url)).toEqual({
      layout: 'sdui',
      key: 'liisa-makela',
      slug: 'liisa-makela',
      profileId: 'ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ',
      memberId: '424242',
      name: 'Liisa Mäkelä',
      headline: 'Backend developer · Rust, Postgres',
      company: 'Kuura Systems',
      location: 'Espoo, Uusimaa, Finland',
      photoUrl: expect.stringContaining('profile-displayphoto-scale_200_200'),
    });
  });

  it('takes the slug from the top card when the URL names the person by profile id', () => {
    const url = 'https://www.linkedin.com/in/ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ/';
    const profile = readProfile(page('sdui-liisa-makela.html', url), url);
    expect(profile).toMatchObject({ key: 'ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ', slug: 'liisa-makela' });
  });

  it('gives null on "Profile Not Found"', () => {
    const url = 'https://www.linkedin.com/in/nobody-here-404/';
    expect(readProfile(page('guest-not-found.html', url), url)).toBeNull();
  });

  it('gives null while the top card still shows the previous person (in-app navigation)', () => {
    const url = 'https://www.linkedin.com/in/liisa-makela/';
    expect(readProfile(page('voyager-aino-virtanen.html', url), url)).toBeNull();
  });

  it('links no id the top card cannot prove: a card without the URL’s own slug or id gives only the URL’s', () => {
    // The URL names Liisa by profile id; a lingering or scrubbed card shows a slug and a member id but no
    // profile id, so nothing ties that slug to this URL.
    const url = 'https://www.linkedin.com/in/ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ/';
    const scrubbed = page('sdui-liisa-makela.html', url).documentElement.outerHTML.replaceAll(
      'card.refACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ',
      'card.ref',
    );
    const profile = readProfile(parseHtml(scrubbed, url), url);
    expect(profile).toMatchObject({
      layout: 'sdui',
      key: 'ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ',
      name: 'Liisa Mäkelä',
    });
    expect(profile?.slug).toBeUndefined();
    expect(profile?.memberId).toBeUndefined();
    expect(profile?.profileId).toBe('ACoAAD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ');
    // Nor is anything noticed from it: its words may be the previous person's, still on screen.
    expect(profile?.cardShowsNoId).toBe(true);
    expect(readsTopCard(profile!)).toBe(false);
  });

  it('says a card that shows the URL’s own id proves whom it shows', () => {
    const url = 'https://www.linkedin.com/in/liisa-makela/';
    const profile = readProfile(page('sdui-liisa-makela.html', url), url);
    expect(profile?.cardShowsNoId).toBeUndefined();
    expect(readsTopCard(profile!)).toBe(true);
  });

  it('links no id from a card that shows no identity at all (a voyager card without its links)', () => {
    const url = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';
    const html = page('voyager-aino-virtanen.html', url)
      .documentElement.outerHTML.replaceAll('/overlay/about-this-profile/', '/x/')
      .replaceAll('/overlay/contact-info/', '/x/')
      .replaceAll('facetConnectionOf', 'x');
    const profile = readProfile(parseHtml(html, url), url);
    expect(profile).toMatchObject({ layout: 'voyager', key: 'aino-virtanen-4b2a1c', slug: 'aino-virtanen-4b2a1c' });
    expect(profile?.profileId).toBeUndefined();
    expect(profile?.memberId).toBeUndefined();
  });

  it('gives null on pages about no one', () => {
    expect(
      readProfile(page('feed.html', 'https://www.linkedin.com/feed/'), 'https://www.linkedin.com/feed/'),
    ).toBeNull();
  });

  it.each([
    'https://www.linkedin.com/in/liisa-makela/details/experience/',
    'https://www.linkedin.com/in/liisa-makela/recent-activity/all/',
    'https://fi.linkedin.com/in/liisa-makela/details/skills/?locale=fi_FI',
  ])('keys a screen of its own under a profile (%s) by its URL, never by a top card lingering on it', (url) => {
    // In-app navigation from Aino's profile: her top card is still in the DOM; the title is already Liisa's.
    const lingering = page('voyager-aino-virtanen.html', url).documentElement.outerHTML.replace(
      /<title>[^<]*<\/title>/,
      '<title>(2) Experience | Liisa Mäkelä | LinkedIn</title>',
    );
    expect(readProfile(parseHtml(lingering, url), url)).toEqual({
      layout: 'subpage',
      key: 'liisa-makela',
      slug: 'liisa-makela',
      name: 'Liisa Mäkelä',
      headline: '',
      company: '',
      location: '',
      photoUrl: '',
    });
  });

  it('keys an unknown layout by the URL, with the name from the title', () => {
    const url = 'https://www.linkedin.com/in/jaana-tuntematon/';
    expect(readProfile(page('unknown-layout.html', url), url)).toEqual({
      layout: 'unknown',
      key: 'jaana-tuntematon',
      slug: 'jaana-tuntematon',
      name: 'Jaana Tuntematon',
      headline: '',
      company: '',
      location: '',
      photoUrl: '',
    });
  });

  it('still reads the top card when only <body> was saved (no <title>)', () => {
    const url = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';
    const body = /<body>([\s\S]*)<\/body>/.exec(page('voyager-aino-virtanen.html', url).documentElement.outerHTML)![1];
    expect(readProfile(parseHtml(`<body>${body}</body>`, url), url)?.name).toBe('Aino Virtanen');
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['(3) Aino Virtanen | LinkedIn', 'Aino Virtanen'],
    ['(99+) Aino Virtanen | LinkedIn', 'Aino Virtanen'],
    ['Liisa Mäkelä | LinkedIn', 'Liisa Mäkelä'],
    // A screen of its own under a profile names its section first, in the UI's language.
    ['Experience | Liisa Mäkelä | LinkedIn', 'Liisa Mäkelä'],
    ['(5) Kokemus | Liisa Mäkelä | LinkedIn', 'Liisa Mäkelä'],
    ['LinkedIn', 'LinkedIn'],
    ['', ''],
  ])('%j → %j', (title, name) => expect(nameFromTitle(title)).toBe(name));
});
