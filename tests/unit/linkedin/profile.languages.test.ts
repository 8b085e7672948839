/**
 * The reader whatever language LinkedIn speaks, and on every 2026 variant of the SDUI top card. Variants are
 * made from our own fixtures of fictional people by the one change each variant is about; the real pages that
 * taught each of them are named beside the test (../shared/linkedin-pages/README.md).
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_COMPANY_LABELS, readProfile } from '@/utils/linkedin/profile';
import { loadPage, parseHtml } from '../../helpers/dom';

const fixture = (file: string, url: string) => loadPage(`tests/fixtures/pages/${file}`, url).documentElement.outerHTML;

/** Reads a fixture after one change to its markup, made by `edit`. */
function readEdited(file: string, url: string, edit: (html: string) => string) {
  return readProfile(parseHtml(edit(fixture(file, url)), url), url);
}

describe('SDUI (2026) with LinkedIn in Finnish', () => {
  // As in 2026-05_sdui_pl_mateusz-majkowski: the degree twice, no /overlay/contact-info/ link.
  it('reads name, headline, company, location and ids; takes no one else’s member id', () => {
    const url = 'https://www.linkedin.com/in/ville-nieminen-5c/';
    expect(readProfile(loadPage('tests/fixtures/pages/sdui-fi-ville-nieminen.html', url), url)).toEqual({
      layout: 'sdui',
      key: 'ville-nieminen-5c',
      slug: 'ville-nieminen-5c',
      profileId: 'ACoAAE1fG2hI3jK4lM5nO6pQ7rS8tU9vW0xY1zA',
      memberId: undefined, // the only Connect on the page is for someone in "People you may know"
      name: 'Ville Nieminen', // a no-break space and a zero-width space in the markup
      headline: 'Myyntipäällikkö, Pohjolan Lämpö Oy',
      company: 'Pohjolan Lämpö Oy', // a zero-width space after it in the markup
      location: 'Oulu, Pohjois-Pohjanmaa, Suomi',
      photoUrl: expect.stringContaining('profile-displayphoto-shrink_200_200'),
    });
  });

  it('gives null while the card shows someone else (its name link names another slug)', () => {
    const url = 'https://www.linkedin.com/in/tiina-harju/';
    expect(readProfile(loadPage('tests/fixtures/pages/sdui-fi-ville-nieminen.html', url), url)).toBeNull();
  });
});

describe('SDUI (2026) top-card variants', () => {
  const url = 'https://www.linkedin.com/in/liisa-makela/';
  const liisa = {
    layout: 'sdui',
    key: 'liisa-makela',
    name: 'Liisa Mäkelä',
    headline: 'Backend developer · Rust, Postgres',
    company: 'Kuura Systems',
    location: 'Espoo, Uusimaa, Finland',
  };

  // 2026-08_sdui_en_odon-anonimizalt: every componentkey reads SCRUBBED_TOKEN.
  it('finds the top card by its structure when every componentkey is scrubbed', () => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) =>
      html.replace(/componentkey="[^"]*"/g, 'componentkey="SCRUBBED_TOKEN"').replace(/ id="com\.linkedin[^"]*"/, ''),
    );
    expect(profile).toMatchObject({ ...liisa, slug: 'liisa-makela', profileId: undefined });
  });

  it('reads a name in an h1 as in an h2', () => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) =>
      html.replace(/<(\/?)h2 /, '<$1h1 ').replace('</h2>', '</h1>'),
    );
    expect(profile).toMatchObject(liisa);
  });

  // 2026-05_sdui_pl_mateusz-majkowski: its Contact info is href="#"; some pages have no Contact info at all.
  it('reads the location from a row without a Contact-info link', () => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) =>
      html.replace(
        /<p class="_531910c6">·<\/p>\s*<p class="_531910c6"><a [^>]*overlay\/contact-info[^>]*>Contact info<\/a><\/p>/,
        '',
      ),
    );
    expect(profile).toMatchObject({ ...liisa, slug: 'liisa-makela' });
  });

  it('reads no location when the card has none, rather than the company', () => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) =>
      html.replace(/<div class="edbd809c">\s*<p class="_531910c6">Espoo[\s\S]*?<\/div>/, ''),
    );
    expect(profile).toMatchObject({ ...liisa, location: '' });
  });

  // 2026-05_sdui_pl_mateusz-majkowski holds the id in its Topcard key; some saves hold the slug there instead.
  it('proves a profile-id URL by the card’s "Message" link when its Topcard key holds the slug', () => {
    const byId = 'https://www.linkedin.com/in/ACoAAE1fG2hI3jK4lM5nO6pQ7rS8tU9vW0xY1zA/';
    expect(readProfile(loadPage('tests/fixtures/pages/sdui-fi-ville-nieminen.html', byId), byId)).toMatchObject({
      key: 'ACoAAE1fG2hI3jK4lM5nO6pQ7rS8tU9vW0xY1zA',
      slug: 'ville-nieminen-5c',
      profileId: 'ACoAAE1fG2hI3jK4lM5nO6pQ7rS8tU9vW0xY1zA',
    });
  });

  // The degree as LinkedIn writes it in each language; the middle dot before it is what no translation changes.
  it.each([
    ['en', '· 2nd'],
    ['en', '· 3rd+'],
    ['fi', '· 2.'],
    ['sv', '· 2:a'],
    ['de', '· 2.'],
    ['fr', '· 2e'],
    ['es', '· 2.º'],
    ['pl', '· 1.'],
  ])('skips the degree in %s (%s), alone or twice (one hidden)', (_, degree) => {
    for (const markers of [degree, `${degree}</p><div><p>${degree}</p></div><p hidden>`]) {
      const profile = readEdited('sdui-liisa-makela.html', url, (html) => html.replace('· 2nd', markers));
      expect(profile).toMatchObject(liisa);
    }
  });

  it('reads a headline that looks like pronouns ("Founder/CEO") as the headline: pronouns sit beside the name', () => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) =>
      html.replaceAll('Backend developer · Rust, Postgres', 'Founder/CEO'),
    );
    expect(profile).toMatchObject({ ...liisa, headline: 'Founder/CEO' });
  });

  it.each([
    ['en', 'He/Him'],
    ['en', '(She/Her)'],
    ['fi', 'hän/hänen'],
    ['de', 'sie/ihr'],
    ['fr', 'il/lui'],
    ['es', 'él/ella'],
  ])('skips pronouns in %s (%s)', (_, pronouns) => {
    const profile = readEdited('sdui-liisa-makela.html', url, (html) => html.replace('She/Her', pronouns));
    expect(profile).toMatchObject(liisa);
  });
});

describe('voyager (Ember): the current company in every language', () => {
  const url = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';
  const englishCompany = 'Current company: Revontuli Oy. Click to skip to experience card';
  const englishSchool = 'Education: University of Tampere. Click to skip to education card';
  /** Aino's card with only the company button (the school's removed, so its position tells nothing), labelled. */
  const withOnlyCompany = (label: string) => (html: string) =>
    html.replace(englishCompany, label).replace(/<li><button aria-label="Education:[\s\S]*?<\/li>/, '');

  // The button's aria-label as LinkedIn writes it in each language (en and pl as in saved pages).
  const labels: Record<keyof typeof CURRENT_COMPANY_LABELS, string> = {
    en: englishCompany,
    fi: 'Nykyinen yritys: Revontuli Oy. Siirry kokemus-korttiin napsauttamalla',
    sv: 'Nuvarande företag: Revontuli Oy. Klicka för att gå till erfarenhetskortet',
    de: 'Aktuelles Unternehmen: Revontuli Oy. Klicken, um zur Karte „Berufserfahrung“ zu springen',
    fr: 'Entreprise actuelle : Revontuli Oy. Cliquez pour passer à la carte Expérience',
    es: 'Empresa actual: Revontuli Oy. Haz clic para ir a la tarjeta de experiencia',
    pl: 'Obecna firma:  Revontuli Oy. Kliknij, aby przejść do karty doświadczenia',
  };

  it.each(Object.entries(labels))('reads it by its label in %s', (_, label) => {
    expect(readEdited('voyager-aino-virtanen.html', url, withOnlyCompany(label))?.company).toBe('Revontuli Oy');
  });

  it('has a test label for every language in its table', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.keys(CURRENT_COMPANY_LABELS).sort());
  });

  it('reads it by position in a language it has no word for: the company comes before the school', () => {
    const hungarian = (html: string) =>
      html
        .replace(englishCompany, 'Jelenlegi cég: Revontuli Oy. Kattintson a tapasztalat kártyára ugráshoz')
        .replace(englishSchool, 'Tanulmányok: University of Tampere. Kattintson az oktatás kártyára ugráshoz');
    expect(readEdited('voyager-aino-virtanen.html', url, hungarian)?.company).toBe('Revontuli Oy');
  });

  it('reads no company when the member hides it and only the school is shown, in any language', () => {
    const onlySchool = (label: string) => (html: string) =>
      html.replace(/<li><button aria-label="Current company:[\s\S]*?<\/li>/, '').replace(englishSchool, label);
    for (const label of [englishSchool, 'Koulutus: University of Tampere. Siirry koulutus-korttiin napsauttamalla']) {
      expect(readEdited('voyager-aino-virtanen.html', url, onlySchool(label))?.company).toBe('');
    }
  });
});
