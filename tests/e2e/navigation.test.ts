/**
 * LinkedIn is a single-page app: feed → profile → another profile without a page load, the old person still
 * on screen for a moment after the URL changed. The panel must follow, and never show one person's notes
 * under another.
 */
import { expect, it } from 'vitest';
import { fixtureBody, navigateInApp, openProfile, sleep, storedInteractions, type PanelDriver } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

/** Looks every few milliseconds until `during` resolves: where was this note shown under another URL? */
async function shownElsewhere(
  panel: PanelDriver,
  note: string,
  path: string,
  during: Promise<unknown>,
): Promise<string[]> {
  const seen: string[] = [];
  let finished = false;
  const watching = (async () => {
    while (!finished) {
      const { url, notes } = await panel.notesAt();
      if (new URL(url || 'about:blank').pathname === path && notes.includes(note)) seen.push(url);
      await sleep(10);
    }
  })();
  await during;
  finished = true;
  await watching;
  return seen;
}

it('follows the person from the feed to a profile and on to the next, never mixing their notes', async () => {
  const panel = await openProfile(session().context, '/feed/');
  await sleep(300);
  expect(await panel.exists()).toBe(false);

  await navigateInApp(panel.page, '/in/aino-virtanen-4b2a1c/', 'voyager-aino-virtanen.html');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Aino’s private note');

  // pushState to Liisa while Aino's top card is still on screen for 300 ms.
  const seen = await shownElsewhere(
    panel,
    'Aino’s private note',
    '/in/liisa-makela/',
    (async () => {
      await navigateInApp(panel.page, '/in/liisa-makela/', 'sdui-liisa-makela.html', 300);
      await panel.waitForPerson('liisa-makela');
    })(),
  );
  expect(seen.length, 'Aino’s note was shown under Liisa’s URL').toBe(0);
  expect((await panel.one('contact-name'))?.value).toBe('Liisa Mäkelä');
  expect(await panel.all('note-item')).toEqual([]);

  // And back, by the browser's back button.
  await panel.page.goBack();
  await navigateInApp(panel.page, '/in/aino-virtanen-4b2a1c/', 'voyager-aino-virtanen.html', 0);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('note-text', (notes) => notes.map((note) => note.text).join() === 'Aino’s private note');
  await panel.page.close();
});

it('notices no new job from the card still on screen: one without ids may be the previous person’s', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Aino, before the quick clicks');
  // Quickly to Mikko (whose logged-out card shows no id in the page's body) and back to Aino, his card still
  // on screen for 300 ms after the address became Aino's; twice.
  for (let round = 0; round < 2; round++) {
    await navigateInApp(panel.page, '/in/mikko-korhonen-77/', 'guest-mikko-korhonen.html', 0);
    await navigateInApp(panel.page, '/in/aino-virtanen-4b2a1c/', 'voyager-aino-virtanen.html', 300);
    await panel.waitForPerson('aino-virtanen-4b2a1c');
  }
  await sleep(300);
  const changes = (await storedInteractions(session().worker)).filter(
    ([key, type]) => key === 'aino-virtanen-4b2a1c' && type.endsWith('_change'),
  );
  expect(changes).toEqual([]);
  expect(await panel.all('profile-changes')).toEqual([]);
  await panel.page.close();
});

it('goes away when the app navigates to a page that is not a profile', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await navigateInApp(panel.page, '/feed/', 'feed.html', 0);
  await expect.poll(() => panel.exists()).toBe(false);
  await panel.page.close();
});

it('stays over an overlay of the same profile, and comes back when LinkedIn’s re-render removes it', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.page.evaluate(() => history.pushState({}, '', '/in/liisa-makela/overlay/contact-info/'));
  await sleep(200);
  expect(await panel.exists()).toBe(true);

  await panel.page.evaluate(() => {
    document.querySelector('keep-in-touch-panel')?.remove();
    document.body.append(document.createElement('div')); // LinkedIn re-renders something
  });
  await expect.poll(() => panel.exists()).toBe(true);
  await panel.waitForPerson('liisa-makela');
  await panel.page.close();
});

it('does not carry a half-typed note over to the next person, and keeps it for when they come back', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.type('note-input', 'Half a thought about Aino');
  await panel.choose('interaction-type', 'meeting');
  // Content and URL change in one go, so the panel goes straight from one person to the next.
  await panel.page.evaluate((body) => {
    document.body.innerHTML = body;
    history.pushState({}, '', '/in/liisa-makela/');
  }, fixtureBody('sdui-liisa-makela.html'));
  await panel.waitForPerson('liisa-makela');
  expect((await panel.one('note-input'))?.value).toBe('');
  expect((await panel.one('interaction-type'))?.value).toBe('note');

  // Back on Aino, what was typed for her is there again: a half-typed note is never lost by navigating.
  await navigateInApp(panel.page, '/in/aino-virtanen-4b2a1c/', 'voyager-aino-virtanen.html', 0);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('note-input', ([input]) => input?.value === 'Half a thought about Aino');
  expect((await panel.one('interaction-type'))?.value).toBe('meeting'); // all of it, its type too

  // Leaving the page with it unsaved asks first (and staying keeps it); once saved, nothing holds the page.
  const asked = panel.page.waitForEvent('dialog');
  void panel.page.reload({ timeout: 5_000 }).catch(() => undefined);
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect((await panel.one('note-input'))?.value).toBe('Half a thought about Aino');
  await panel.click('note-save');
  // Aino has the first test's note too: wait for this one.
  await panel.waitFor('note-item', (items) => items.some((item) => item.text.includes('Half a thought about Aino')));
  let askedAgain = false;
  panel.page.on('dialog', (again) => {
    askedAgain = true;
    void again.accept();
  });
  await panel.page.reload();
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(askedAgain).toBe(false);
  await panel.page.close();
});

it('keeps an edit begun on an entry with it, open, when the person is left and come back to', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.addNote('Runs the Tampere Postgres meetup');
  await panel.click('note-edit');
  await panel.page.keyboard.press('End');
  await panel.page.keyboard.type(' every second Thursday');

  await navigateInApp(panel.page, '/in/aino-virtanen-4b2a1c/', 'voyager-aino-virtanen.html', 0);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await navigateInApp(panel.page, '/in/liisa-makela/', 'sdui-liisa-makela.html', 0);
  await panel.waitForPerson('liisa-makela');
  // The edit is open where it was left, with what was typed.
  const edited = 'Runs the Tampere Postgres meetup every second Thursday';
  await panel.waitFor('note-item', (items) => items.some((item) => item.text.includes('Cancel')));
  expect(
    await panel.evaluate<string>(`return panelRoot().querySelector('[data-testid=note-item] textarea').value;`),
  ).toBe(edited);
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor('note-text', (notes) => notes.some((note) => note.text === edited));

  // Saved, it is no draft: nothing asks before the page is left.
  let asked = false;
  panel.page.on('dialog', (dialog) => {
    asked = true;
    void dialog.accept();
  });
  await panel.page.reload();
  await panel.waitForPerson('liisa-makela');
  expect(asked).toBe(false);
  await panel.page.close();
});
