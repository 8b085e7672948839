/** Personal invitations: the composer beside LinkedIn's real dialog markup; the click on Send stays the person's. */
import { expect, it } from 'vitest';
import { ORIGIN, PanelDriver, openExtensionPage, openProfile, SCREENSHOTS, storedInteractions } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

type Page = PanelDriver['page'];
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sentInvitation?: string }).__sentInvitation);
const noteBox = (page: Page) => page.locator('#custom-message');
const sendButton = (page: Page) => page.getByRole('button', { name: 'Send invitation' });

/** The invitations stored on this person's timeline. */
const invitationsOf = async (key: string) =>
  (await storedInteractions(session().worker)).filter(([contact, type]) => contact === key && type === 'invitation');

/** How many personalised notes the open composer says are used this month ("2 of 5 …"). */
async function usedThisMonth(panel: PanelDriver): Promise<number> {
  const [quota] = await panel.waitFor('invite-quota', ([shown]) => Boolean(shown));
  return Number(/^\d+/.exec(quota.text)![0]);
}

/** The same, from a composer opened afresh with the panel's own button once LinkedIn's dialog has gone. */
async function usedThisMonthAfterwards(panel: PanelDriver): Promise<number> {
  await panel.waitFor('invite-open', (buttons) => buttons.length === 1);
  await panel.click('invite-open');
  return usedThisMonth(panel);
}

/** Waits for the composer's templates to load, then picks one, as a person does. */
async function chooseTemplate(panel: PanelDriver, templateId = 'bundled-en-event') {
  await panel.waitFor('template-select', ([select]) => select?.text.includes('Met at an event') ?? false);
  await panel.choose('template-select', templateId);
}

/** Presses Connect (the top card's, or someone else's) and "Add a note", as a person does. */
async function openNoteBox(panel: PanelDriver, name = 'Aino Virtanen') {
  await panel.page
    .getByRole('button', { name: `Invite ${name} to connect` })
    .first()
    .click();
  await panel.page.getByRole('button', { name: 'Add a note' }).click();
  await panel.waitFor('invite-composer', (composers) => composers.length === 1);
  await chooseTemplate(panel);
}

it('starts with no template, whose premise could be false, until one is used; then with the one used last', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.click('invite-open');
  await panel.waitFor('template-select', ([select]) => select?.text.includes('Met at an event') ?? false);
  expect((await panel.one('template-select'))?.value).toBe('');
  await panel.type('reason-input', 'your talk on Rust');
  expect(await panel.all('invite-preview')).toEqual([]); // no template, no note
  expect((await panel.one('invite-copy'))?.attributes).toHaveProperty('disabled');

  await session().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await panel.choose('template-select', 'bundled-en-post');
  await panel.waitFor('invite-preview', ([p]) => p?.text.includes('your talk on Rust') ?? false);
  // The example reason is the chosen template's, in the form its sentence needs ("I enjoyed your …").
  expect((await panel.one('reason-input'))?.attributes.placeholder).toBe('e.g. talk on design systems at Slush');
  await panel.click('invite-copy');
  await panel.waitFor('invite-status', (statuses) => statuses.length === 1);
  await panel.page.reload();
  await panel.waitForPerson('liisa-makela');
  await panel.click('invite-open');
  await panel.waitFor('template-select', ([select]) => select?.value === 'bundled-en-post');
  await panel.page.close();
});

it('writes the note from a template and a reason, inserts exactly the preview, and leaves Send to the person', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await openNoteBox(panel);

  await panel.choose('template-select', 'bundled-en-event');
  await panel.type('reason-input', 'the Helsinki design meetup on accessible forms');
  const [preview] = await panel.waitFor('invite-preview', ([p]) => p?.text.includes('accessible forms') ?? false);
  expect(preview.text).toBe(
    'Hi Aino, great to meet you at the Helsinki design meetup on accessible forms. I would be glad to stay in touch.',
  );
  expect((await panel.one('char-count'))?.text).toBe(`${preview.text.length}/200`);
  await panel.page.screenshot({ path: `${SCREENSHOTS}/composer.png` });

  await panel.click('invite-insert');
  await expect.poll(() => noteBox(panel.page).inputValue()).toBe(preview.text);
  expect(
    await panel.page.evaluate(() => (window as unknown as { __inputEvents?: number }).__inputEvents),
  ).toBeGreaterThan(0);
  expect(await sendButton(panel.page).isEnabled()).toBe(true);
  expect(await sent(panel.page)).toBeUndefined();
  await panel.page.close();
});

it('logs nothing for a note inserted twice and then closed unsent, by Dismiss, Escape or a click outside', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const page = panel.page;
  const closeUnsent = {
    dismiss: () => page.getByRole('button', { name: 'Dismiss' }).click(),
    escape: () => page.keyboard.press('Escape'), // the focus is in LinkedIn's box, where Insert put it
    'click outside': () => page.mouse.click(20, 400), // on the overlay, left of the dialog
  };
  let usedBefore: number | undefined;
  for (const [how, close] of Object.entries(closeUnsent)) {
    await openNoteBox(panel);
    usedBefore ??= await usedThisMonth(panel);
    await panel.type('reason-input', 'your talk on accessible forms');
    await panel.click('invite-insert');
    await expect.poll(() => noteBox(page).inputValue()).toContain('accessible forms');
    // Inserting again, after changing the reason, replaces the box's text.
    await panel.click('reason-input');
    await page.keyboard.press('End');
    await page.keyboard.type(' at the Tampere meetup');
    const [preview] = await panel.waitFor('invite-preview', ([p]) => p?.text.includes('Tampere meetup') ?? false);
    await panel.click('invite-insert');
    await expect.poll(() => noteBox(page).inputValue(), { message: how }).toBe(preview.text);

    await close();
    await expect.poll(() => noteBox(page).count(), { message: how }).toBe(0);
  }
  // And Connect sent without a note: no personalised note, so nothing to log or count.
  await page.getByRole('button', { name: 'Invite Aino Virtanen to connect' }).first().click();
  await page.getByRole('button', { name: 'Send without a note' }).click();
  expect(await sent(page)).toBe('');

  await new Promise((done) => setTimeout(done, 500)); // time enough for a message to the background
  expect(await invitationsOf('aino-virtanen-4b2a1c')).toEqual([]);
  expect(await usedThisMonthAfterwards(panel)).toBe(usedBefore);
  await page.close();
});

it('logs the invitation once, when Send is pressed, with the text as edited in LinkedIn’s box', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const page = panel.page;
  const logged = (await invitationsOf('aino-virtanen-4b2a1c')).length;
  await openNoteBox(panel);
  const usedBefore = await usedThisMonth(panel);
  await panel.type('reason-input', 'the Helsinki design meetup on accessible forms');
  const [preview] = await panel.waitFor('invite-preview', ([p]) => p?.text.includes('accessible forms') ?? false);
  await panel.click('invite-insert');
  await expect.poll(() => noteBox(page).inputValue()).toBe(preview.text);

  // The person edits the note in LinkedIn's own box, then sends it.
  await noteBox(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' See you there!');
  const edited = `${preview.text} See you there!`;
  await sendButton(page).click();
  expect(await sent(page)).toBe(edited);

  // On Aino's timeline once, with the text sent, counted as contact and against the month's free notes.
  await panel.waitFor('note-text', (notes) => notes.some((note) => note.text === edited));
  expect(await invitationsOf('aino-virtanen-4b2a1c')).toHaveLength(logged + 1);
  expect((await panel.one('last-contact-relative'))?.text).toBe('today');
  expect(await usedThisMonthAfterwards(panel)).toBe(usedBefore + 1);
  await page.close();
});

it('blocks an over-long note and a missing reason, and says why', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await openNoteBox(panel);
  expect((await panel.one('invite-insert'))?.attributes).toHaveProperty('disabled'); // no reason yet

  await panel.type('reason-input', 'x'.repeat(230));
  await panel.waitFor('char-count', ([count]) => count?.attributes.class.includes('over') ?? false);
  expect((await panel.one('invite-insert'))?.attributes).toHaveProperty('disabled');
  await panel.click('invite-insert');
  expect(await noteBox(panel.page).inputValue()).toBe('');
  expect(await sent(panel.page)).toBeUndefined();
  await panel.page.close();
});

it('fills the box for someone else’s Connect with their first name, and logs it on their timeline, not this one', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.page.goto(`${ORIGIN}/in/aino-virtanen-4b2a1c/`);
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  const before = (await panel.all('note-item')).length;
  await openNoteBox(panel, 'Pekka Salo'); // "People also viewed"

  await panel.waitFor('invite-composer', ([composer]) => composer?.text.includes('For Pekka Salo') ?? false);
  await panel.type('reason-input', 'your talk on design leadership');
  await panel.waitFor('invite-preview', ([p]) => p?.text.startsWith('Hi Pekka') ?? false);
  await panel.click('invite-insert');
  await expect.poll(() => noteBox(panel.page).inputValue()).toMatch(/^Hi Pekka/);
  await sendButton(panel.page).click();

  // On Pekka's timeline, by the /in/ link of his card, not on Aino's.
  await expect.poll(() => invitationsOf('pekka-salo-99')).toHaveLength(1);
  await new Promise((done) => setTimeout(done, 300));
  expect(await panel.all('note-item')).toHaveLength(before);
  await panel.page.close();
});

it('copies the note, for anywhere else', async () => {
  await session().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.click('invite-open');
  await panel.waitFor('invite-composer', (composers) => composers.length === 1);
  await chooseTemplate(panel);
  await panel.type('reason-input', 'Rust and Postgres');
  const [preview] = await panel.waitFor('invite-preview', ([p]) => p?.text.includes('Rust and Postgres') ?? false);
  expect((await panel.one('invite-insert'))?.attributes).toHaveProperty('disabled'); // no LinkedIn box open
  await panel.click('invite-copy');
  await expect.poll(() => panel.page.evaluate(() => navigator.clipboard.readText())).toBe(preview.text);
  await panel.page.close();
});

it('manages templates in the dashboard, and the note limit set there is the composer’s', async () => {
  const options = await openExtensionPage(session(), 'dashboard.html#templates');
  // The invitation notes; the follow-up messages have a section of their own.
  const rows = options.locator('[data-testid=template-row][data-kind=invitation]');
  await expect.poll(() => rows.count()).toBe(12);
  expect(await options.locator('[data-testid=template-row][data-kind=follow-up]').count()).toBe(8);

  // A new template of one's own: without {reason} it warns, with an unknown variable it cannot be saved.
  await options.getByTestId('template-new').click();
  const editor = options.getByTestId('template-editor');
  await editor.getByLabel('Name').fill('Alumni');
  await editor.getByLabel('Text').fill('Hi {firstName}, fellow {school} alumnus here.');
  expect(await editor.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
  expect(await options.getByTestId('template-no-reason').count()).toBe(1);
  await editor.getByLabel('Text').fill('Hi {firstName}, fellow Aalto alumnus here: {reason}');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => rows.count()).toBe(13);

  // Duplicate, then delete the copy.
  const alumni = rows.filter({ hasText: 'Alumni' }).first();
  await alumni.getByRole('button', { name: 'Duplicate' }).click();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => rows.filter({ hasText: 'Alumni (copy)' }).count()).toBe(1);
  await rows.filter({ hasText: 'Alumni (copy)' }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => rows.count()).toBe(13);

  await options.goto(options.url().replace('#templates', '#settings'));
  await options.getByTestId('settings-note-limit').selectOption('300');
  await expect.poll(() => options.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.click('invite-open');
  await panel.waitFor('template-select', ([select]) => select?.text.includes('Alumni') ?? false);
  await panel.waitFor('char-count', ([count]) => count?.text.endsWith('/300') ?? false);
  await options.close();
  await panel.page.close();
});

it('offers the composer on a search page too, and logs a sent invitation on the person of that card', async () => {
  const page = await session().context.newPage();
  const card = await PanelDriver.attach(page);
  await page.goto(`${ORIGIN}/search/results/people/`);
  expect(await card.exists()).toBe(false);

  // An Ember button names the person only; the card's /in/ link says who it is.
  await page.getByRole('button', { name: 'Invite Olli Rantanen to connect' }).click();
  await page.getByRole('button', { name: 'Add a note' }).click();
  await card.waitFor('invite-card', (cards) => cards.length === 1);
  await chooseTemplate(card);
  expect((await card.one('invite-card'))?.text).not.toContain('Not logged on a timeline');
  await card.type('reason-input', 'your post on platform teams');
  await card.waitFor('invite-preview', ([preview]) => preview?.text.startsWith('Hi Olli') ?? false);
  await card.click('invite-insert');
  await expect.poll(() => noteBox(page).inputValue()).toMatch(/^Hi Olli/);
  expect(await invitationsOf('olli-rantanen')).toEqual([]); // inserted, not sent
  await sendButton(page).click(); // the person sends; the dialog closes
  await expect.poll(() => card.exists()).toBe(false);
  await expect.poll(() => invitationsOf('olli-rantanen')).toHaveLength(1);

  // An SDUI link, whose dialog opens inside #interop-outlet's shadow root: on Sanna's timeline, once.
  await page.getByLabel('Invite Sanna Heikkinen to connect').click();
  await page.getByRole('button', { name: 'Add a note' }).click();
  await chooseTemplate(card);
  await card.type('reason-input', 'your talk on service design');
  await card.click('invite-insert');
  await expect.poll(() => noteBox(page).inputValue()).toMatch(/^Hi Sanna/);
  expect(await invitationsOf('sanna-heikkinen')).toEqual([]);
  await sendButton(page).press('Enter'); // from the keyboard this time: its keydown, then the click it makes
  await expect.poll(() => invitationsOf('sanna-heikkinen')).toHaveLength(1);
  await new Promise((done) => setTimeout(done, 300));
  expect(await invitationsOf('sanna-heikkinen')).toHaveLength(1);
  expect(await invitationsOf('olli-rantanen')).toHaveLength(1);
  await page.close();
});
