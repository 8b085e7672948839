/** The panel shows the right person on every markup generation, and nothing where there is no one. */
import { describe, expect, it } from 'vitest';
import { countContacts, openProfile, sleep } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

describe('the panel on each markup generation', () => {
  it.each([
    [
      'voyager',
      '/in/aino-virtanen-4b2a1c/',
      'aino-virtanen-4b2a1c',
      'Aino Virtanen',
      'Product designer at Revontuli Oy | Accessibility & design systems',
      'Revontuli Oy',
    ],
    [
      'guest',
      '/in/mikko-korhonen-77/?trk=public_profile_browsemap',
      'mikko-korhonen-77',
      'Mikko Korhonen',
      'Data engineer | Open data & energy markets',
      'Saimaa Analytics',
    ],
    [
      'SDUI',
      '/in/liisa-makela/',
      'liisa-makela',
      'Liisa Mäkelä',
      'Backend developer · Rust, Postgres',
      'Kuura Systems',
    ],
  ])('%s markup at %s', async (_, path, key, name, headline, company) => {
    const panel = await openProfile(session().context, path);
    await panel.waitForPerson(key);
    expect((await panel.one('contact-name'))?.value).toBe(name);
    expect((await panel.one('contact-headline'))?.value).toBe(headline);
    expect((await panel.one('contact-company'))?.value).toBe(company);
    expect(await panel.one('unknown-layout')).toBeUndefined();
    await panel.page.close();
  });

  it('creates no contact by merely viewing profiles', async () => {
    expect(await countContacts(session().worker)).toBe(0);
  });
});

describe('where there is no one', () => {
  it('shows nothing on "Profile Not Found", and stores nothing', async () => {
    const panel = await openProfile(session().context, '/in/nobody-here-404/');
    await panel.page.waitForLoadState('domcontentloaded');
    await sleep(2000); // past the grace period for unknown layouts
    expect(await panel.exists()).toBe(false);
    expect(await countContacts(session().worker)).toBe(0);
    await panel.page.close();
  });

  it('shows nothing on the feed', async () => {
    const panel = await openProfile(session().context, '/feed/');
    await sleep(500);
    expect(await panel.exists()).toBe(false);
    await panel.page.close();
  });
});

describe('a layout no reader knows', () => {
  it('still gets the panel, keyed by the URL, with the name from the title, a quiet notice, and editable fields', async () => {
    const panel = await openProfile(session().context, '/in/jaana-tuntematon/');
    await panel.waitForPerson('jaana-tuntematon');
    expect(await panel.one('unknown-layout')).toBeDefined();
    expect((await panel.one('contact-name'))?.value).toBe('Jaana Tuntematon');
    expect((await panel.one('contact-company'))?.value).toBe('');

    await panel.type('contact-company', 'University of Oulu');
    await panel.page.keyboard.press('Enter');
    await panel.waitFor('last-contact', (fields) => fields.length === 1);
    await expect.poll(() => countContacts(session().worker)).toBe(1);

    await panel.page.reload();
    await panel.waitForPerson('jaana-tuntematon');
    expect((await panel.one('contact-company'))?.value).toBe('University of Oulu');
    await panel.page.close();
  });
});
