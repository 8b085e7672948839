/**
 * The Plan and the monthly review in real Chromium (issue 14): a goal added on the Plan page moves when a meeting
 * with one of its people is logged; give and take names whom to help back; the focus size is kept; the review
 * draws the month's weeks and counts the meeting. Screenshots of both pages go into the README.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { firstDayOfWeek, monthOf, weeksOf } from '../../utils/plan/week';
import { dayOf } from '../../utils/time';
import { localDay, openExtensionPage, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile(); // en-US: weeks start on Sunday
const MENTOR = 'aino-virtanen-4b2a1c';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Sends a message from an extension page, as the extension's own pages do (utils/messaging.ts). */
async function send(page: Page, type: string, payload: unknown): Promise<void> {
  const reply = await page.evaluate(
    ([type, payload]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  );
  expect(reply).toMatchObject({ ok: true });
}

/** axe-core's serious and critical findings on the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown }[] };
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } };
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
}

it('adds a goal for a tag on the Plan page, and counts a meeting logged with one of its people', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  // A mentor, as the panel saves someone on their profile.
  const profile = { layout: 'unknown', key: MENTOR, name: 'Aino Virtanen', headline: '', company: '', location: '' };
  await send(plan, 'person.update', { person: { ...profile, photoUrl: '' }, patch: { tags: ['mentors'] } });

  const focused = () => plan.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  await plan.getByTestId('goal-add').click();
  await expect.poll(focused).toBe('goal-title');
  await plan.getByTestId('goal-title').fill('Meet mentors');
  await plan.getByTestId('goal-why').fill('To learn how others lead design teams');
  await plan.getByTestId('goal-give').fill('Feedback on their talks');
  await plan.getByTestId('goal-tag').fill('mentors');
  await plan.getByTestId('goal-measure').selectOption('meetings');
  await plan.getByTestId('goal-period').selectOption('month');
  await plan.getByTestId('goal-target').fill('2');
  await plan.getByTestId('goal-target').press('Enter'); // saves, as any form does

  const row = plan.getByTestId('goal-row');
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.getAttribute('data-done')).toBe('0');
  await expect.poll(focused).toBe('goal-add'); // the keyboard is back where it was
  expect(await row.textContent()).toContain('2 meetings a month · everyone tagged mentors');

  // Logged elsewhere (the background, as from the panel): the open Plan follows.
  await send(plan, 'entry.add', {
    person: { key: MENTOR },
    type: 'meeting',
    text: 'Lunch in Tampere',
    at: Date.now(),
  });
  await expect.poll(() => row.getAttribute('data-done')).toBe('1');
  expect(await row.textContent()).toContain('1 of 2');

  // She helped; the user has not helped back yet: give first.
  await send(plan, 'entry.add', {
    person: { key: MENTOR },
    type: 'received_help',
    text: 'Intro to a recruiter',
    at: Date.now(),
  });
  const owed = plan.getByTestId('give-first');
  await expect.poll(() => owed.count()).toBe(1);
  expect(await owed.getByRole('link').getAttribute('href')).toBe(`#contact/${MENTOR}`);
  expect(await plan.getByTestId('give-take').textContent()).toContain('Others have helped you once.');

  expect(await accessibilityProblems(plan)).toEqual([]);
  await plan.setViewportSize({ width: 1100, height: 900 });
  await plan.screenshot({ path: `${SCREENSHOTS}/plan.png`, fullPage: true });

  // Archived, it waits apart; deleted, it can be brought back.
  await row.getByTestId('goal-archive').click();
  await plan.getByText('Archived goals (1)').click();
  await expect.poll(() => row.getByTestId('goal-archive').textContent()).toBe('Bring back');
  await row.getByTestId('goal-archive').click();
  await expect.poll(() => plan.getByText('Archived goals').count()).toBe(0);
  await row.getByTestId('goal-delete').click();
  await expect.poll(() => row.count()).toBe(0);
  await plan.getByTestId('undo').click();
  await expect.poll(() => row.getAttribute('data-done')).toBe('1');
  await plan.close();
});

it('keeps the focus size, set as a time budget, across a reload', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  const size = plan.getByTestId('settings-focus-size');
  await plan.getByTestId('settings-focus-size-kind').selectOption('minutes');
  await expect.poll(() => size.inputValue()).toBe('30'); // the 3 people a new user starts with, 10 minutes each
  await size.fill('45');
  await size.press('Tab');
  await plan.getByText('That is 4 people a week.').waitFor();

  await plan.reload();
  await expect.poll(() => size.inputValue()).toBe('45');
  expect(await plan.getByTestId('settings-focus-size-kind').inputValue()).toBe('minutes');
  await plan.close();
});

it("reviews the month: a bar for each week, the meeting counted, the goal's progress, and last month", async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  await plan.getByTestId('review-open').click();
  const review = plan.getByTestId('review-page');
  const bars = review.getByTestId('review-bar');
  const weeks = weeksOf(monthOf(Date.now()), firstDayOfWeek('en-US'));
  await expect.poll(() => bars.count()).toBe(weeks.length);
  const counts = await bars.evaluateAll((all) => all.map((bar) => Number(bar.getAttribute('data-count'))));
  // The meeting and the help, on the same day with the same person: one contact.
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
  const chart = review.getByTestId('review-chart');
  expect(await chart.getAttribute('role')).toBe('img');
  expect(await chart.getAttribute('aria-label')).toMatch(/^Contacts made each week: .*1 contact/);
  expect(await review.getByTestId('review-goal').getAttribute('data-done')).toBe('1');
  expect(await review.getByTestId('review-time').textContent()).toContain('About 10 minutes used');

  expect(await accessibilityProblems(plan)).toEqual([]);
  await plan.setViewportSize({ width: 1100, height: 900 });
  await plan.screenshot({ path: `${SCREENSHOTS}/review.png`, fullPage: true });

  await review.getByTestId('review-previous').click();
  await expect
    .poll(() => review.getByRole('heading', { level: 2 }).textContent())
    .not.toContain(new Intl.DateTimeFormat('en-US', { month: 'long' }).format(Date.now()));
  await expect
    .poll(() => bars.evaluateAll((all) => all.reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0)))
    .toBe(0);
  expect(await review.getByTestId('review-next').count()).toBe(1);
  await plan.close();
});

/** What a person in en-US types for a day: mm dd yyyy, digits only, as the field moves on by itself. */
const typedInUS = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-');
  return `${month}${day}${year}`;
};

/** Types a day into a date field as a person does: a click on its first segment (the month), then the digits. */
async function typeDay(page: Page, testId: string, isoDay: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.scrollIntoViewIfNeeded();
  const box = (await field.boundingBox())!;
  await page.mouse.click(box.x + 8, box.y + box.height / 2);
  await page.keyboard.type(typedInUS(isoDay));
}

/** Opens a new goal's form and fills what every goal needs. */
async function startGoal(plan: Page, title: string): Promise<void> {
  await plan.getByTestId('goal-add').click();
  await plan.getByTestId('goal-title').fill(title);
  await plan.getByTestId('goal-tag').fill('clients');
}

const rowsTitled = (plan: Page, title: string) => plan.getByTestId('goal-row').filter({ hasText: title });

it('saves a goal once, however often Save is pressed', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  await startGoal(plan, 'Write to clients');
  // Two submits before the first has been saved: a double click, or Enter pressed twice.
  await plan.getByTestId('goal-save').evaluate((save: HTMLButtonElement) => {
    save.click();
    save.click();
  });
  await expect.poll(() => rowsTitled(plan, 'Write to clients').count()).toBe(1);
  await plan.reload();
  await plan.getByTestId('goal-add').waitFor();
  expect(await rowsTitled(plan, 'Write to clients').count()).toBe(1);
  await plan.close();
});

it('takes a typed deadline on the first click of Save, after refusing a past one', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  await startGoal(plan, 'Meet clients by the year end');
  await plan.getByTestId('goal-period').selectOption('deadline');
  await typeDay(plan, 'goal-deadline', localDay(-3));
  await plan.getByTestId('goal-save').click();
  await expect.poll(() => plan.getByTestId('goal-deadline-error').textContent()).toMatch(/passed/);
  expect(await rowsTitled(plan, 'Meet clients by the year end').count()).toBe(0);

  await typeDay(plan, 'goal-deadline', localDay(30));
  await plan.getByTestId('goal-save').click();
  await expect.poll(() => rowsTitled(plan, 'Meet clients by the year end').count()).toBe(1);
  expect(await plan.getByTestId('goal-form').count()).toBe(0);
  await plan.close();
});

it('closes the goal form on Escape, and asks before unsaved edits are lost', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  const form = plan.getByTestId('goal-form');
  const questions: string[] = [];
  // A question counts once it is answered, so the page is never closed while `confirm` still holds it.
  plan.on('dialog', (dialog) => {
    void dialog.dismiss().then(() => questions.push(dialog.type())); // stays: keeps the edits
  });

  // Untouched, Escape closes it without a word (once it is open, with the focus in it).
  await plan.getByTestId('goal-add').click();
  await expect.poll(() => form.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await plan.keyboard.press('Escape');
  await expect.poll(() => form.count()).toBe(0);
  expect(questions).toEqual([]);

  // With something typed, Escape asks first, and so does leaving the page.
  await plan.getByTestId('goal-add').click();
  await plan.getByTestId('goal-title').fill('Half-typed goal');
  await plan.keyboard.press('Escape');
  await expect.poll(() => questions).toEqual(['confirm']);
  expect(await form.count()).toBe(1);
  await plan.close({ runBeforeUnload: true });
  await expect.poll(() => questions).toEqual(['confirm', 'beforeunload']);
  expect(plan.isClosed()).toBe(false);
  expect(await plan.getByTestId('goal-title').inputValue()).toBe('Half-typed goal');
  plan.removeAllListeners('dialog');
  await plan.close();
});

it('asks before leaving even when the page is closed right after typing', async () => {
  // The question was armed a frame after the form changed: closed at once, the page left without asking about
  // half the time. Three tries, so that a window like that shows.
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await openExtensionPage(session(), 'dashboard.html#plan');
    const questions: string[] = [];
    plan.on('dialog', (dialog) => {
      void dialog.dismiss().then(() => questions.push(dialog.type()));
    });
    await plan.getByTestId('goal-add').click();
    await plan.getByTestId('goal-title').fill('Typed and closed at once');
    await plan.close({ runBeforeUnload: true });
    await expect.poll(() => questions).toEqual(['beforeunload']);
    plan.removeAllListeners('dialog');
    await plan.close();
  }
});

it('chooses people for a goal by filtering names, and names them in the goal', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  for (const [key, name] of [
    ['liisa-makela', 'Liisa Mäkelä'],
    ['mikko-korhonen', 'Mikko Korhonen'],
  ]) {
    const profile = { layout: 'unknown', key, name, headline: '', company: '', location: '' };
    await send(plan, 'person.update', { person: { ...profile, photoUrl: '' }, patch: { tags: ['peers'] } });
  }
  await plan.getByTestId('goal-add').click();
  await plan.getByTestId('goal-title').fill('Lunch with peers');
  await plan.getByRole('radio', { name: 'People I choose' }).check();
  const filter = plan.getByTestId('goal-people-filter');
  await filter.fill('aino');
  await plan.getByRole('checkbox', { name: 'Aino Virtanen' }).check();
  await filter.fill('mäk');
  expect(await plan.getByTestId('goal-people').getByRole('checkbox').count()).toBe(1);
  await plan.getByRole('checkbox', { name: 'Liisa Mäkelä' }).check();
  // Both stay chosen, shown beside the list, each removable.
  const chosen = plan.getByTestId('goal-person-chosen');
  expect(await chosen.allTextContents()).toEqual([
    expect.stringContaining('Aino Virtanen'),
    expect.stringContaining('Liisa Mäkelä'),
  ]);
  await plan.getByTestId('goal-save').click();
  await expect
    .poll(() => rowsTitled(plan, 'Lunch with peers').textContent())
    .toContain('Aino Virtanen and Liisa Mäkelä');
  await plan.close();
});

it('says an archived goal is archived, not how it keeps pace', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#plan');
  const row = rowsTitled(plan, 'Write to clients');
  await expect.poll(() => row.count()).toBe(1);
  await row.getByTestId('goal-archive').click();
  await plan.getByText(/Archived goals/).click();
  await expect.poll(() => row.locator('.goal-standing').textContent()).toContain('archived');
  expect(await row.locator('.goal-standing').textContent()).not.toMatch(/on track|behind/);
  await plan.close();
});

it('reviews no month after this one, and draws the weeks to come without a count', async () => {
  const plan = await openExtensionPage(session(), 'dashboard.html#review/2030-05');
  const review = plan.getByTestId('review-page');
  const thisMonth = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(Date.now());
  await expect.poll(() => review.getByRole('heading', { level: 2 }).textContent()).toContain(thisMonth);
  expect(await review.getByTestId('review-next').count()).toBe(0);

  const today = dayOf(Date.now());
  const weeks = weeksOf(monthOf(Date.now()), firstDayOfWeek('en-US'));
  const bars = review.getByTestId('review-bar');
  await expect.poll(() => bars.count()).toBe(weeks.length);
  const counted = await bars.evaluateAll((all) => all.map((bar) => bar.hasAttribute('data-count')));
  expect(counted).toEqual(weeks.map((week) => week.firstDay <= today));
  await plan.close();
});
