/**
 * The week's focus and follow-up messages in the popup, in real Chromium: five people overdue, and the focus
 * names the three most overdue; done takes one off the focus, the due list and the badge; Write drafts a
 * message from the timeline, copies it, and logs it once the user says it went out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, badgeText, openPopup, ORIGIN, SCREENSHOTS, type Session } from './harness';
import { browserForFile } from './browser-for-file';

const DAY = 86_400_000;

/** Five people on a monthly rhythm, last in touch 35–100 days ago: all overdue, the most by far first. */
const PEOPLE = [
  { key: 'aino-virtanen-4b2a1c', name: 'Aino Virtanen', daysAgo: 100 },
  { key: 'liisa-makela', name: 'Liisa Mäkelä', daysAgo: 80 },
  { key: 'mikko-korhonen', name: 'Mikko Korhonen', daysAgo: 60 },
  { key: 'sanna-nieminen', name: 'Sanna Nieminen', daysAgo: 45 },
  { key: 'juha-laine', name: 'Juha Laine', daysAgo: 35 },
];

async function seedOverdue(session: Session): Promise<void> {
  const now = Date.now();
  for (const { key, name, daysAgo } of PEOPLE) {
    const person = {
      layout: 'voyager',
      key,
      slug: key,
      name,
      headline: 'Designer',
      company: '',
      location: '',
      photoUrl: '',
    };
    // Aino helped, before the user was last in touch, and was never helped back: a reason to give first.
    if (key === 'aino-virtanen-4b2a1c') {
      const help = { type: 'received_help', text: 'Introduced me to her team', at: now - 120 * DAY };
      await ask(session, 'entry.add', { person, ...help });
    }
    await ask(session, 'person.update', { person, patch: { cadenceDays: 30, contactedAt: now - daysAgo * DAY } });
  }
}

describe('the weekly focus', () => {
  const session = browserForFile();

  it('names three of five overdue; done takes one off the focus and the badge', async () => {
    await seedOverdue(session());
    await expect.poll(() => badgeText(session().worker)).toBe('5');

    const popup = await openPopup(session());
    const focus = popup.getByTestId('focus-item');
    await expect.poll(() => focus.count()).toBe(3);
    expect(await focus.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.key))).toEqual([
      'aino-virtanen-4b2a1c',
      'liisa-makela',
      'mikko-korhonen',
    ]);
    expect(await focus.first().getByTestId('focus-reasons').textContent()).toMatch(
      /overdue \(\d+(\.\d)?× their rhythm\) · helped you once/,
    );
    await popup.locator('main').screenshot({ path: join(SCREENSHOTS, 'focus.png') });

    await focus.first().getByTestId('focus-done').click();
    await expect.poll(() => focus.count()).toBe(2);
    await expect.poll(() => badgeText(session().worker)).toBe('4');
    expect(await popup.getByTestId('focus-progress').textContent()).toBe('1 of 3 done this week');
    // No longer due either.
    expect(await popup.locator('[data-testid=followup-item][data-key=aino-virtanen-4b2a1c]').count()).toBe(0);

    // Skip takes someone off this week's list without touching their reminder; the list stays as chosen.
    await focus.first().getByTestId('focus-skip').click();
    await expect.poll(() => focus.count()).toBe(1);
    expect(await badgeText(session().worker)).toBe('4');
    await popup.close();

    const again = await openPopup(session());
    await expect.poll(() => again.getByTestId('focus-item').count()).toBe(1);
    expect(await again.getByTestId('focus-item').getAttribute('data-key')).toBe('mikko-korhonen');
    await again.close();
  });

  it('inserts the message into the LinkedIn conversation open, and never sends it', async () => {
    const conversation = await session().context.newPage();
    await conversation.goto(`${ORIGIN}/messaging/thread/2-mikko/`);
    const popup = await openPopup(session());
    await popup.locator('[data-testid=focus-item][data-key=mikko-korhonen]').getByTestId('followup-write').click();
    await expect.poll(() => popup.getByTestId('followup-text').inputValue()).toMatch(/^Hi Mikko/);
    const draft = await popup.getByTestId('followup-text').inputValue();
    await conversation.bringToFront();
    await popup.getByTestId('followup-insert').click();
    await expect.poll(() => popup.getByTestId('followup-status').textContent()).toMatch(/^In LinkedIn's message box/);
    const box = conversation.locator('.msg-form__contenteditable');
    expect(await box.innerText()).toBe(draft);
    // LinkedIn's editor saw input (its Send is enabled), and nothing was sent.
    expect(await conversation.locator('.msg-form__send-button').isEnabled()).toBe(true);
    expect(await conversation.evaluate(() => document.body.dataset.sent)).toBeUndefined();
    // A second click does not write it twice.
    await popup.getByTestId('followup-insert').click();
    expect(await box.innerText()).toBe(draft);

    // A message to someone else does not go into Mikko's conversation.
    await popup.getByTestId('followup-close').click();
    await popup.locator('[data-testid=followup-item][data-key=sanna-nieminen]').getByTestId('followup-write').click();
    await expect.poll(() => popup.getByTestId('followup-text').inputValue()).toMatch(/^Hi Sanna/);
    await popup.getByTestId('followup-insert').click();
    await expect
      .poll(() => popup.getByTestId('followup-status').textContent())
      .toMatch(/^The conversation open in LinkedIn is with someone else: open yours with Sanna Nieminen/);
    expect(await box.innerText()).toBe(draft);
    await conversation.close();

    // With no conversation open, it says so, and the message stays to copy.
    await popup.getByTestId('followup-insert').click();
    await expect.poll(() => popup.getByTestId('followup-status').textContent()).toMatch(/^No LinkedIn conversation/);
    await popup.close();
  });

  it('writes a follow-up from the timeline, copies it, and logs it as a message when sent', async () => {
    const popup = await openPopup(session());
    await session().context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const mikko = popup.locator('[data-testid=focus-item][data-key=mikko-korhonen]');
    await mikko.getByTestId('followup-write').click();
    const text = popup.getByTestId('followup-text');
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Mikko, it has been a while since we last talked in /);
    // Another template, chosen by hand.
    await popup.getByTestId('followup-template').selectOption({ label: 'Coffee or a call' });
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Mikko, would you have time for a coffee/);
    await text.fill(`${await text.inputValue()} PS. Congrats on the talk!`);
    // Looking at another template and coming back keeps what was written.
    await popup.getByTestId('followup-template').selectOption({ label: 'Catching up' });
    await expect.poll(() => text.inputValue()).toMatch(/^Hi Mikko, it has been a while/);
    await popup.getByTestId('followup-template').selectOption({ label: 'Coffee or a call' });
    expect(await text.inputValue()).toMatch(/PS\. Congrats on the talk!$/);
    await popup.getByTestId('followup-copy').click();
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/PS\. Congrats on the talk!$/);

    await popup.getByTestId('followup-sent').click();
    await popup.getByTestId('popup-notice').waitFor();
    // Writing was being in touch: Mikko is done in the focus too, the last of the week's three (one skipped,
    // so no praise for a week done).
    await expect
      .poll(() => popup.getByTestId('focus-progress').textContent())
      .toBe('This week’s focus is cleared: 2 of 3 reached, 1 skipped or put off.');
    const view = (await ask(session(), 'person.view', { person: { key: 'mikko-korhonen' } })) as {
      entries: { type: string; text: string }[];
    };
    expect(view.entries).toMatchObject([{ type: 'message', text: expect.stringMatching(/Congrats on the talk/) }]);
    await popup.close();
  });

  it('drafts thanks to someone who helped lately and has not heard back since', async () => {
    // Juha helped ten days ago, and that was the last time they were in touch: on a weekly rhythm, he is due.
    await ask(session(), 'person.update', { person: { key: 'juha-laine' }, patch: { cadenceDays: 7 } });
    await ask(session(), 'entry.add', {
      person: { key: 'juha-laine' },
      type: 'received_help',
      text: 'Reviewed my portfolio',
      at: Date.now() - 10 * DAY,
    });
    const popup = await openPopup(session());
    const juha = popup.locator('[data-testid=followup-item][data-key=juha-laine]');
    await juha.getByTestId('followup-write').click();
    await expect
      .poll(() => popup.getByTestId('followup-text').inputValue())
      .toMatch(/^Hi Juha, thank you again for your help \(Reviewed my portfolio\)/);
    await popup.getByTestId('followup-close').click();
    await popup.getByTestId('focus').waitFor();
    await popup.close();
  });
});
