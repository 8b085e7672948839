/**
 * The first week's small things (issue 11, scope 5), as a new user meets them: overdue told apart from due
 * today, Done and Snooze undone in the popup, a long note folded, the "Other…" rhythm box refusing 0, and the
 * popup's first-run hint only for someone with no contacts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, countContacts, localDay, openExtensionPage, openPopup, openProfile } from './harness';
import { browserForFile } from './browser-for-file';

/** Gives the person on this profile a weekly rhythm and a last contact `daysAgo` days ago. */
async function weeklyContactedDaysAgo(session: Parameters<typeof openPopup>[0], path: string, daysAgo: number) {
  const key = path.split('/')[2];
  const panel = await openProfile(session.context, path);
  await panel.waitForPerson(key);
  await panel.choose('cadence-select', '7');
  await panel.waitFor('cadence-select', ([select]) => select?.value === '7');
  await panel.choose('last-contact', localDay(-daysAgo));
  await panel.waitFor('last-contact', ([field]) => field?.value === localDay(-daysAgo));
  return panel;
}

/** The popup's status line of one person. */
const statusOf = (popup: Page, key: string) =>
  popup.locator(`[data-testid=followup-item][data-key="${key}"] [data-testid=due-status]`);

describe('a new user', () => {
  const session = browserForFile();

  it('sees the first-run hint with no contacts at all, and not once someone is saved but no one is due', async () => {
    const hint = "Open someone's LinkedIn profile and add a note";
    const first = await openPopup(session());
    await first.getByTestId('open-dashboard').waitFor();
    await expect.poll(() => first.getByText(hint).count()).toBe(1);
    await first.close();

    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    await panel.addNote('Met at the design meetup');
    await panel.page.close();

    const popup = await openPopup(session());
    await popup.getByText('No one is due today').waitFor();
    expect(await popup.getByText(hint).count()).toBe(0);
    await popup.close();
  });
});

describe('the popup and the panel', () => {
  const session = browserForFile();

  it('tells overdue from due today in words and in colour, in the popup and the panel', async () => {
    const overdue = await weeklyContactedDaysAgo(session(), '/in/aino-virtanen-4b2a1c/', 30);
    await overdue.waitFor('due-status', ([status]) => status?.attributes['data-kind'] === 'overdue');
    const dueToday = await weeklyContactedDaysAgo(session(), '/in/liisa-makela/', 7);
    await dueToday.waitFor('due-status', ([status]) => status?.attributes['data-kind'] === 'today');

    const [inPanelOverdue] = await overdue.all('due-status');
    const [inPanelToday] = await dueToday.all('due-status');
    expect(inPanelOverdue.text).toMatch(/^Overdue/);
    expect(inPanelToday.text).toBe('Due today');
    expect(inPanelOverdue.attributes.class).toContain('due-overdue');
    expect(inPanelToday.attributes.class).toContain('due-today');
    const panelColour = (driver: typeof overdue) =>
      driver.evaluate<string>(`return getComputedStyle(all('due-status')[0]).color;`);
    expect(await panelColour(overdue)).not.toBe(await panelColour(dueToday));
    await overdue.page.close();
    await dueToday.page.close();

    const popup = await openPopup(session());
    await expect.poll(() => popup.getByTestId('followup-item').count()).toBe(2);
    const aino = statusOf(popup, 'aino-virtanen-4b2a1c');
    const liisa = statusOf(popup, 'liisa-makela');
    expect(await aino.textContent()).toMatch(/^Overdue: was due/);
    expect(await liisa.textContent()).toBe('Due today');
    expect(await aino.getAttribute('class')).toContain('due-overdue');
    expect(await liisa.getAttribute('class')).toContain('due-today');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const colour = (status: typeof aino) => status.evaluate((element) => getComputedStyle(element).color);
      expect(await colour(aino), colorScheme).not.toBe(await colour(liisa));
    }
    await popup.close();
  });

  it('undoes Done within the seconds: the person is due again, the badge counts them, the note is gone', async () => {
    await expect.poll(() => badgeText(session().worker)).toBe('2');
    const popup = await openPopup(session());
    const items = popup.getByTestId('followup-item');
    await expect.poll(() => items.count()).toBe(2);

    const aino = popup.locator('[data-testid=followup-item][data-key=aino-virtanen-4b2a1c]');
    await aino.getByRole('textbox').fill('Sent her the meetup slides');
    await aino.getByTestId('followup-done').click();
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => badgeText(session().worker)).toBe('1');

    await popup.getByTestId('undo').click();
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => badgeText(session().worker)).toBe('2');
    expect(await statusOf(popup, 'aino-virtanen-4b2a1c').textContent()).toMatch(/^Overdue/);

    // Snooze, undone as well.
    await popup
      .locator('[data-testid=followup-item][data-key=liisa-makela]')
      .getByTestId('followup-snooze')
      .selectOption('7');
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => badgeText(session().worker)).toBe('1');
    await popup.getByTestId('undo').click();
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => badgeText(session().worker)).toBe('2');
    await popup.close();

    // Exactly as before: the last contact of 30 days ago, and no note from the popup.
    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    expect((await panel.one('last-contact'))?.value).toBe(localDay(-30));
    expect(await panel.noteTexts()).not.toContain('Sent her the meetup slides');
    await panel.page.close();
  });

  it('folds a long note after a few lines behind "Show more", in the panel and on the contact page', async () => {
    const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
    await panel.waitForPerson('mikko-korhonen-77');
    await panel.addNote('Short and sweet');
    const lines = Array.from({ length: 9 }, (_, n) => `Line ${n + 1} of what we talked about`);
    await panel.type('note-input', lines[0]);
    for (const line of lines.slice(1)) {
      await panel.page.keyboard.press('Shift+Enter');
      await panel.page.keyboard.type(line);
    }
    await panel.page.keyboard.press('Control+Enter');
    await panel.waitFor('note-item', (items) => items.length === 2);

    // Only the long one folds.
    const [more] = await panel.waitFor('note-more', (buttons) => buttons.length === 1);
    expect(more.text).toBe('Show more');
    expect(more.attributes['aria-expanded']).toBe('false');
    const folded = () =>
      panel.evaluate<boolean>(`const text = all('note-text')[0]; return text.scrollHeight > text.clientHeight + 1;`);
    expect(await folded()).toBe(true);

    await panel.click('note-more');
    await panel.waitFor('note-more', ([button]) => button?.attributes['aria-expanded'] === 'true');
    expect((await panel.one('note-more'))?.text).toBe('Show less');
    expect(await folded()).toBe(false);
    await panel.page.close();

    const page = await openExtensionPage(session(), 'dashboard.html#contact/mikko-korhonen-77');
    const button = page.getByTestId('note-more');
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('refuses 0 in the "Other…" rhythm box with a message, saves nothing, and takes 45 days', async () => {
    const panel = await openProfile(session().context, '/in/jaana-tuntematon/');
    await panel.waitFor('panel', ([root]) => root?.attributes['data-state'] === 'ready');
    const stored = await countContacts(session().worker);
    const before = (await panel.one('cadence-select'))?.value;

    await panel.click('cadence-other');
    await panel.waitFor('cadence-custom', (boxes) => boxes.length === 1);
    expect(await panel.evaluate<string>(`return all('cadence-custom')[0].parentElement.textContent;`)).toContain(
      'days',
    );
    await panel.type('cadence-custom', '0');
    await panel.page.keyboard.press('Enter');
    const [message] = await panel.waitFor('cadence-error', (messages) => messages.length === 1);
    expect(message.text).toContain('1 to 3650');
    expect((await panel.one('cadence-select'))?.value).toBe(before);
    expect(await countContacts(session().worker)).toBe(stored);

    await panel.page.keyboard.press('Backspace');
    await panel.page.keyboard.type('45');
    await panel.page.keyboard.press('Enter');
    await panel.waitFor('cadence-select', ([select]) => select?.value === '45');
    expect(await panel.all('cadence-error')).toEqual([]);
    await panel.page.close();
  });

  it('offers the same "Other…" box on the Tags page and in the settings, with the same refusal', async () => {
    const panel = await openProfile(session().context, '/in/jaana-tuntematon/');
    await panel.waitFor('panel', ([root]) => root?.attributes['data-state'] === 'ready');
    await panel.type('tag-input', 'mentors');
    await panel.page.keyboard.press('Enter');
    await panel.waitFor('tag', (tags) => tags.length === 1);
    await panel.page.close();

    const tags = await openExtensionPage(session(), 'dashboard.html#tags');
    const mentors = tags.locator('[data-testid=tag-row][data-tag=mentors]');
    await mentors.getByTestId('cadence-other').click();
    await mentors.getByTestId('cadence-custom').fill('0');
    await mentors.getByTestId('cadence-custom').press('Enter');
    await expect.poll(() => mentors.getByTestId('cadence-error').textContent()).toContain('1 to 3650');
    expect(await mentors.getByTestId('tag-cadence').inputValue()).toBe('');
    await mentors.getByTestId('cadence-custom').fill('21');
    await mentors.getByTestId('cadence-custom').press('Enter');
    await expect.poll(() => mentors.getByTestId('tag-cadence').inputValue()).toBe('21');
    await tags.close();

    const settings = await openExtensionPage(session(), 'dashboard.html#settings');
    const field = settings.getByTestId('settings-default-cadence').locator('..');
    await field.getByTestId('cadence-other').click();
    await field.getByTestId('cadence-custom').fill('-3');
    await field.getByTestId('cadence-custom').press('Enter');
    await expect.poll(() => field.getByTestId('cadence-error').textContent()).toContain('1 to 3650');
    expect(await settings.getByTestId('settings-default-cadence').inputValue()).toBe('90');
    await field.getByTestId('cadence-custom').fill('120');
    await field.getByTestId('cadence-custom').press('Enter');
    await expect.poll(() => settings.getByTestId('settings-default-cadence').inputValue()).toBe('120');
    await settings.close();
  });
});
