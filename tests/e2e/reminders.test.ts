/** Keep in touch: the overdue badge, the popup, and alarms that survive the service worker stopping. */
import { expect, it } from 'vitest';
import {
  alarmNames,
  badgeText,
  localDay,
  openExtensionPage,
  openPopup,
  openProfile,
  SCREENSHOTS,
  stopServiceWorker,
} from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

it('raises the badge to 1 at once for someone last contacted 100 days ago on a 30-day cadence; "contacted today" clears it', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(await badgeText(session().worker)).toBe('');

  await panel.choose('last-contact', localDay(-100));
  await panel.waitFor('last-contact', ([field]) => field?.value === localDay(-100));
  await panel.choose('cadence-select', '30');
  // Overdue by the default rhythm (3 months) too: wait for the one chosen, not only for "overdue".
  await panel.waitFor('cadence-source', ([source]) => (source?.text ?? '').includes('Set for this person'));
  await panel.waitFor('due-status', ([status]) => status?.attributes['data-kind'] === 'overdue');
  await expect.poll(() => badgeText(session().worker)).toBe('1');

  await panel.click('contacted-today');
  await panel.waitFor('due-status', ([status]) => status?.attributes['data-kind'] === 'upcoming');
  await expect.poll(() => badgeText(session().worker)).toBe('');
  await panel.page.close();
});

it('lists the person in the popup; "done" and "snooze" take them off and clear the badge', async () => {
  for (const [path, key] of [
    ['/in/liisa-makela/', 'liisa-makela'],
    ['/in/mikko-korhonen-77/', 'mikko-korhonen-77'],
  ]) {
    const panel = await openProfile(session().context, path);
    await panel.waitForPerson(key);
    await panel.choose('cadence-select', '7');
    await panel.waitFor('cadence-select', ([select]) => select?.value === '7');
    await panel.choose('last-contact', localDay(-30));
    await panel.waitFor('due-status', ([status]) => status?.attributes['data-kind'] === 'overdue');
    await panel.page.close();
  }
  await expect.poll(() => badgeText(session().worker)).toBe('2');

  const popup = await openPopup(session());
  const items = popup.getByTestId('followup-item');
  await expect.poll(() => items.count()).toBe(2);
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.screenshot({ path: `${SCREENSHOTS}/popup.png` });
  await expect.poll(() => items.first().textContent()).toContain('Liisa Mäkelä');

  const liisa = popup.locator('[data-testid=followup-item][data-key=liisa-makela]');
  await liisa.getByRole('textbox').fill('Congratulated her on the talk');
  await liisa.getByTestId('followup-done').click();
  await expect.poll(() => items.count()).toBe(1);
  await expect.poll(() => badgeText(session().worker)).toBe('1');

  await popup.getByTestId('followup-snooze').selectOption('7');
  await expect.poll(() => items.count()).toBe(0);
  await expect.poll(() => badgeText(session().worker)).toBe('');
  expect(await popup.getByText('No one is due today').count()).toBe(1);

  // The note typed in the popup is on Liisa's timeline.
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.waitFor('note-text', (notes) => notes.some((note) => note.text === 'Congratulated her on the talk'));
  await popup.close();
  await panel.page.close();
});

it('keeps its alarms when the service worker is stopped and woken', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await expect.poll(() => alarmNames(session().worker)).toEqual(['daily-digest', 'next-due', 'sweep']);

  await stopServiceWorker(panel.page);
  await panel.page.reload(); // the panel's message wakes the worker
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  expect(await alarmNames(session().worker)).toEqual(['daily-digest', 'next-due', 'sweep']);
  await panel.page.close();
});

it('turns the daily reminder off in the dashboard’s settings, and the alarm for it goes', async () => {
  const settings = await openExtensionPage(session(), 'dashboard.html#settings');
  await settings.getByTestId('settings-notification').selectOption('off');
  await expect.poll(() => alarmNames(session().worker)).toEqual(['next-due', 'sweep']);
  await settings.getByTestId('settings-notification').selectOption('8');
  await expect.poll(() => alarmNames(session().worker)).toEqual(['daily-digest', 'next-due', 'sweep']);
  await settings.close();
});

it('gives a tag a rhythm on the dashboard’s Tags page, and the panel says the person follows it', async () => {
  const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
  await panel.waitForPerson('mikko-korhonen-77');
  await panel.choose('cadence-select', '30');
  await panel.waitFor('cadence-source', ([source]) => source?.text.includes('Set for this person') ?? false);
  await panel.click('cadence-inherit');
  await panel.waitFor('cadence-source', ([source]) => source?.text.includes('default') ?? false);
  await panel.type('tag-input', 'mentors');
  await panel.page.keyboard.press('Enter');
  await panel.waitFor('tag', (tags) => tags.length === 1);

  const tags = await openExtensionPage(session(), 'dashboard.html#tags');
  const mentors = tags.locator('[data-testid=tag-row][data-tag=mentors]');
  await mentors.getByTestId('tag-cadence').selectOption('14');
  await expect.poll(() => mentors.getByTestId('tag-cadence').inputValue()).toBe('14');

  await panel.page.reload();
  await panel.waitForPerson('mikko-korhonen-77');
  await panel.waitFor('cadence-source', ([source]) => source?.text.startsWith('From the tag “mentors”') ?? false);
  expect((await panel.one('cadence-select'))?.value).toBe('14');
  await tags.close();
  await panel.page.close();
});
