/**
 * Every page of a person shows their panel: a screen of its own under the profile (all experience, activity)
 * keyed by its URL, with the fields of the last reading; and the logged-out profile on a country host (where
 * the content script runs: tests/unit/content-hosts.test.ts).
 */
import { expect, it } from 'vitest';
import { navigateInApp, openProfile, sleep } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

it('shows a person never stored on their own detail screen, named by the title', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/details/experience/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect((await panel.one('contact-name'))?.value).toBe('Aino Virtanen');
  expect((await panel.one('contact-company'))?.value).toBe('');
  expect(await panel.one('unknown-layout')).toBeUndefined();
  await panel.page.close();
});

it('follows a person from their profile to their detail screen, with the last reading and their notes', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Met Aino at the design meetup');

  await navigateInApp(
    panel.page,
    '/in/aino-virtanen-4b2a1c/details/experience/',
    'details-aino-virtanen-experience.html',
  );
  await sleep(2000); // past the grace a screen without a top card waits
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect((await panel.one('panel'))?.attributes['data-contact-key']).toBe('aino-virtanen-4b2a1c');
  expect((await panel.one('contact-name'))?.value).toBe('Aino Virtanen');
  expect((await panel.one('contact-headline'))?.value).toBe(
    'Product designer at Revontuli Oy | Accessibility & design systems',
  );
  expect((await panel.one('contact-company'))?.value).toBe('Revontuli Oy');
  expect((await panel.all('note-item')).map((item) => item.text).join()).toContain('Met Aino at the design meetup');

  // A fresh load of the screen shows the same.
  await panel.page.reload({ waitUntil: 'domcontentloaded' });
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('note-item', (items) => items.length === 1);
  expect((await panel.one('contact-company'))?.value).toBe('Revontuli Oy');
  await panel.page.close();
});

it('shows the panel on a logged-out profile on a country host', async () => {
  const panel = await openProfile(session().context, '/feed/');
  await panel.page.goto('https://fi.linkedin.com/in/mikko-korhonen-77/', { waitUntil: 'domcontentloaded' });
  await panel.waitForPerson('mikko-korhonen-77');
  expect((await panel.one('contact-name'))?.value).toBe('Mikko Korhonen');
  await panel.page.close();
});
