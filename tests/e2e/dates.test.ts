/**
 * Dates as people type them, in real Chromium: digits typed segment by segment (en-US: mm dd yyyy), Tab to move
 * on. Only a whole, allowed date is saved; a refused one stays in the field with a message; clearing is a button.
 */
import { expect, it } from 'vitest';
import { ask, countContacts, localDay, openProfile, SCREENSHOTS, sleep, type PanelDriver } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

/** What a person in en-US types for a day: mm dd yyyy, digits only, as the field moves on by itself. */
const typedInUS = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-');
  return `${month}${day}${year}`;
};

/** Clicks into the field's first segment (the month, in en-US): a real click just inside its left edge. */
async function clickFirstSegment(panel: PanelDriver, testId: string): Promise<void> {
  const box = await panel.evaluate<{ x: number; y: number }>(`
    const el = all(${JSON.stringify(testId)})[0];
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + 8, y: r.y + r.height / 2 };
  `);
  await panel.page.mouse.click(box.x, box.y);
}

/** Presses Tab until focus has left the field: Tab first walks its segments and its calendar button. */
async function tabOutOf(panel: PanelDriver, testId: string): Promise<void> {
  for (let presses = 0; presses < 5; presses++) {
    await panel.page.keyboard.press('Tab');
    const focused = await panel.evaluate<string | undefined>('return panelRoot().activeElement?.dataset?.testid;');
    if (focused !== testId) return;
  }
  throw new Error(`Tab did not leave [data-testid=${testId}]`);
}

/** Starts from a saved last contact, chosen as in the browser's calendar (no key pressed), and shown. */
async function startFrom(panel: PanelDriver, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-').map(Number);
  const title = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date(year, month - 1, day, 12));
  await panel.choose('last-contact', isoDay);
  await panel.waitFor('last-contact-relative', ([when]) => when?.attributes.title === title);
}

/** The field's value after a reload: what was stored. */
async function afterReload(panel: PanelDriver, key: string, testId: string): Promise<string | null | undefined> {
  await panel.page.reload();
  await panel.waitForPerson(key);
  return (await panel.one(testId))?.value;
}

// The issue's own example: 5 October 2026, typed in en-US.
it('saves a last contact typed as 10052026 then Tab, and shows it after a reload', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await clickFirstSegment(panel, 'last-contact');
  await panel.page.keyboard.type('10052026');
  await panel.page.keyboard.press('Tab');
  await panel.waitFor('last-contact-relative', ([when]) => when?.attributes.title === 'October 5, 2026');

  expect(await afterReload(panel, 'aino-virtanen-4b2a1c', 'last-contact')).toBe('2026-10-05');
  expect((await panel.one('last-contact-relative'))?.attributes.title).toBe('October 5, 2026');
  await panel.page.close();
});

it('writes nothing for a partly typed date, and says so when the person leaves it', async () => {
  const before = await countContacts(session().worker);
  const mikko = await openProfile(session().context, '/in/mikko-korhonen-77/');
  await mikko.waitForPerson('mikko-korhonen-77');
  await clickFirstSegment(mikko, 'last-contact');
  await mikko.page.keyboard.type('1005');
  await tabOutOf(mikko, 'last-contact');
  await mikko.waitFor('last-contact-error', ([error]) => (error?.text ?? '') !== '');
  expect(await countContacts(session().worker)).toBe(before);
  expect(await afterReload(mikko, 'mikko-korhonen-77', 'last-contact')).toBe('');
  await mikko.page.close();

  // A saved date with one segment erased is partial too: leaving it keeps the saved date.
  const aino = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await aino.waitForPerson('aino-virtanen-4b2a1c');
  await startFrom(aino, localDay(-40));
  await clickFirstSegment(aino, 'last-contact');
  await aino.page.keyboard.press('Backspace');
  await tabOutOf(aino, 'last-contact');
  await aino.waitFor('last-contact-error', ([error]) => (error?.text ?? '') !== '');
  expect(await afterReload(aino, 'aino-virtanen-4b2a1c', 'last-contact')).toBe(localDay(-40));
  await aino.page.close();
});

it('refuses a last contact in the future with a message beside the field, keeps what was typed, saves nothing', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await startFrom(panel, localDay(-10));
  await clickFirstSegment(panel, 'last-contact');
  await panel.page.keyboard.type(typedInUS(localDay(2)));
  await tabOutOf(panel, 'last-contact');

  const [error] = await panel.waitFor('last-contact-error', ([message]) => /future/.test(message?.text ?? ''));
  const [field] = await panel.all('last-contact');
  expect(field.value).toBe(localDay(2));
  expect(field.attributes['aria-invalid']).toBe('true');
  expect(field.attributes['aria-describedby']).toBe(error.attributes.id);
  expect(error.attributes['aria-live']).toBe('polite');
  expect(await afterReload(panel, 'liisa-makela', 'last-contact')).toBe(localDay(-10));
  await panel.page.close();
});

it('refuses a follow-up day in the past with a message, and saves nothing', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await clickFirstSegment(panel, 'followup-date');
  await panel.page.keyboard.type(typedInUS(localDay(-3)));
  await tabOutOf(panel, 'followup-date');

  await panel.waitFor('followup-date-error', ([message]) => /passed/.test(message?.text ?? ''));
  expect((await panel.one('followup-date'))?.value).toBe(localDay(-3));
  expect(await afterReload(panel, 'liisa-makela', 'followup-date')).toBe('');

  // A day to come is taken, on Enter.
  await clickFirstSegment(panel, 'followup-date');
  await panel.page.keyboard.type(typedInUS(localDay(10)));
  await panel.page.keyboard.press('Enter');
  await panel.waitFor('followup-date-clear', (buttons) => buttons.length === 1);
  expect(await afterReload(panel, 'liisa-makela', 'followup-date')).toBe(localDay(10));
  await panel.page.close();
});

it('clears a date only with its Clear button, not by emptying the field', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await startFrom(panel, localDay(-7));
  await clickFirstSegment(panel, 'last-contact');
  for (let segment = 0; segment < 3; segment++) {
    await panel.page.keyboard.press('Backspace');
    await panel.page.keyboard.press('Tab');
  }
  await tabOutOf(panel, 'last-contact');
  await panel.waitFor('last-contact-error', ([message]) => /Clear/.test(message?.text ?? ''));
  expect(await afterReload(panel, 'aino-virtanen-4b2a1c', 'last-contact')).toBe(localDay(-7));

  await panel.click('last-contact-clear');
  await panel.waitFor('last-contact-relative', ([when]) => when?.text === 'Not yet');
  expect(await afterReload(panel, 'aino-virtanen-4b2a1c', 'last-contact')).toBe('');
  expect(await panel.all('last-contact-clear')).toEqual([]);
  await panel.page.close();
});

it('refuses a timeline entry dated in the future: the note is not saved and keeps its text', async () => {
  const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
  await panel.waitForPerson('mikko-korhonen-77');
  await clickFirstSegment(panel, 'note-date');
  await panel.page.keyboard.type(typedInUS(localDay(5)));
  await tabOutOf(panel, 'note-date');
  await panel.waitFor('note-date-error', ([message]) => /future/.test(message?.text ?? ''));

  await panel.choose('interaction-type', 'meeting');
  await panel.type('note-input', 'Lunch at Kahvila Sävy');
  await panel.page.keyboard.press('Control+Enter');
  await sleep(500); // time for a save that should not happen
  expect(await panel.all('note-item')).toEqual([]);
  expect((await panel.one('note-input'))?.value).toBe('Lunch at Kahvila Sävy');
  expect((await panel.one('note-save'))?.attributes.disabled).toBeDefined();

  // Yesterday is taken, and the meeting counts as contact on that day.
  await clickFirstSegment(panel, 'note-date');
  await panel.page.keyboard.type(typedInUS(localDay(-1)));
  await tabOutOf(panel, 'note-date');
  await panel.click('note-save');
  await panel.waitFor('note-item', (items) => items.length === 1);
  expect(await afterReload(panel, 'mikko-korhonen-77', 'last-contact')).toBe(localDay(-1));
  await panel.page.close();
});

it('commits the typed day and saves the entry on Ctrl+Enter in its date field; a refused day stops the save', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.choose('interaction-type', 'meeting'); // counts as contact on its day, which shows the day saved
  await panel.type('note-input', 'Coffee at Kahvila Sävy');
  await clickFirstSegment(panel, 'note-date');
  await panel.page.keyboard.type(typedInUS(localDay(4)));
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor('note-date-error', ([message]) => /future/.test(message?.text ?? ''));
  await sleep(500); // time for a save that should not happen
  expect(await panel.all('note-item')).toEqual([]);
  expect((await panel.one('note-input'))?.value).toBe('Coffee at Kahvila Sävy');

  await clickFirstSegment(panel, 'note-date');
  await panel.page.keyboard.type(typedInUS(localDay(-2)));
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor('note-item', (items) => items.length === 1);
  expect((await panel.one('note-input'))?.value).toBe('');
  expect(await afterReload(panel, 'liisa-makela', 'last-contact')).toBe(localDay(-2));
  await panel.page.close();
});

// A Finn's browser may speak en-US (this one does) while the extension speaks Finnish: the field then takes
// month/day/year, and "7.12.2026", typed as a Finn writes 7 December, is July 12.
it('says which order the field reads, and the day it holds in words, when the browser orders dates otherwise', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.choose('last-contact', '2026-07-12');
  expect(await panel.all('last-contact-order')).toEqual([]); // English in an en-US browser: nothing to say
  expect(await panel.all('last-contact-in-words')).toEqual([]);
  await panel.page.close();

  await ask(session(), 'settings.update', { patch: { language: 'fi' } });
  try {
    const finnish = await openProfile(session().context, '/in/mikko-korhonen-77/');
    await finnish.waitForPerson('mikko-korhonen-77');
    const [order] = await finnish.waitFor('last-contact-order', (hints) => hints.length === 1);
    expect(order.text).toContain('kuukausi/päivä/vuosi');

    const before = (await finnish.one('last-contact-relative'))?.text;
    await clickFirstSegment(finnish, 'last-contact');
    await finnish.page.keyboard.type('7.12.2026');
    const [inWords] = await finnish.waitFor('last-contact-in-words', ([words]) => (words?.text ?? '') !== '');
    expect(inWords.text).toBe('sunnuntai 12. heinäkuuta 2026');
    const [field] = await finnish.all('last-contact');
    expect(field.value).toBe('2026-07-12');
    expect(field.attributes['aria-describedby']?.split(' ')).toEqual(
      expect.arrayContaining([order.attributes.id, inWords.attributes.id]),
    );

    // Leaving it saves nothing yet: a day that reads both ways is asked about first.
    await tabOutOf(finnish, 'last-contact');
    await finnish.waitFor('last-contact-confirm', (buttons) => buttons.length === 1);
    await finnish.page.screenshot({ path: `${SCREENSHOTS}/date-order.png` });
    expect((await finnish.one('last-contact-relative'))?.text).toBe(before);
    await finnish.page.close();

    // A new entry's day is asked about the same way, and the entry waits for the answer.
    const entry = await openProfile(session().context, '/in/mikko-korhonen-77/');
    await entry.waitForPerson('mikko-korhonen-77');
    await entry.type('note-input', 'Tavattiin Tampereen messuilla');
    await clickFirstSegment(entry, 'note-date');
    await entry.page.keyboard.type('7.12.2026');
    await entry.page.keyboard.press('Control+Enter');
    await entry.waitFor('note-date-confirm', (buttons) => buttons.length === 1);
    const saved = () =>
      entry.evaluate<string[]>(
        `return all('note-item').filter((item) => item.textContent.includes('Tavattiin Tampereen messuilla'))
          .map((item) => item.querySelector('time').title);`,
      );
    expect(await saved()).toEqual([]);
    // Answered from the text, where the field's order is not said: one click, and the keyboard stays in the field.
    await entry.click('note-input');
    await entry.click('note-date-confirm');
    await expect
      .poll(() => entry.evaluate<string>(`return panelRoot()?.activeElement?.dataset.testid ?? '';`))
      .toBe('note-date');
    await entry.click('note-save');
    await expect.poll(saved).toEqual(['12. heinäkuuta 2026']);

    // One that cannot be misread (there is no 15th month) is taken as it is typed, as in every field.
    await clickFirstSegment(entry, 'note-date');
    await entry.page.keyboard.type('11152026');
    await tabOutOf(entry, 'note-date');
    await entry.waitFor('note-date-in-words', ([words]) => words?.text === 'sunnuntai 15. marraskuuta 2026');
    expect(await entry.all('note-date-confirm')).toEqual([]);

    await clickFirstSegment(entry, 'note-date');
    await entry.page.keyboard.press('Tab');
    await entry.page.keyboard.press('Tab');
    await entry.page.keyboard.press('Backspace'); // the year: the field holds no whole day now
    await entry.waitFor('note-date-in-words', (words) => words.length === 0);
    await entry.page.close();
  } finally {
    await ask(session(), 'settings.update', { patch: { language: 'browser' } });
  }
});
