/** Adding to what one knows of a person: notes, last contact, tags; all of it still there after a reload. */
import { expect, it } from 'vitest';
import { openExtensionPage, openProfile, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

it('keeps a note across a reload, newest first, with its type', async () => {
  const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.addNote('Met at the Helsinki design meetup');
  await panel.choose('interaction-type', 'meeting');
  await panel.addNote('Coffee at Kahvila Sävy: talked about design systems');
  // The next entry starts as a note again: a meeting is said, never carried over unnoticed.
  expect((await panel.one('interaction-type'))?.value).toBe('note');

  await panel.page.reload();
  await panel.waitForPerson('aino-virtanen-4b2a1c');
  await panel.waitFor('note-item', (items) => items.length === 2);
  expect(await panel.noteTexts()).toEqual([
    'Coffee at Kahvila Sävy: talked about design systems',
    'Met at the Helsinki design meetup',
  ]);
  expect((await panel.all('note-item')).map((item) => item.text)).toEqual([
    expect.stringContaining('Meeting'),
    expect.stringContaining('Note'),
  ]);
  // A meeting is contact: last contact is today.
  expect((await panel.one('last-contact'))?.value).toBe(today());
  expect((await panel.one('last-contact-relative'))?.text).toBe('today');
  await panel.page.screenshot({ path: `${SCREENSHOTS}/panel.png` });
  await panel.page.close();
});

it('edits and deletes an entry in place', async () => {
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.addNote('Knows everything about Postgres vacuum');
  await panel.click('note-edit');
  // Typing starts once the edit box has the focus, as it does for a person's eyes.
  await expect.poll(() => panel.evaluate<string>(`return panelRoot()?.activeElement?.tagName ?? '';`)).toBe('TEXTAREA');
  await panel.page.keyboard.press('End');
  await panel.page.keyboard.type(' and logical replication');
  await panel.page.keyboard.press('Control+Enter');
  await panel.waitFor(
    'note-text',
    ([note]) => note?.text === 'Knows everything about Postgres vacuum and logical replication',
  );

  // Escape takes back a delete asked for, and an edit, wherever in them the focus is.
  await panel.click('note-delete');
  await panel.evaluate(`panelRoot().querySelector('[data-testid=note-delete-confirm]').focus(); return '';`);
  await panel.page.keyboard.press('Escape');
  await panel.waitFor('note-delete-confirm', (buttons) => buttons.length === 0);
  await expect
    .poll(() => panel.evaluate<string>(`return panelRoot()?.activeElement?.dataset.testid ?? '';`))
    .toBe('note-delete');
  await panel.click('note-edit');
  // Every edit, not only the page's first, starts in its text.
  await expect.poll(() => panel.evaluate<string>(`return panelRoot()?.activeElement?.tagName ?? '';`)).toBe('TEXTAREA');
  // The focus on the entry's type, not in its text.
  await panel.evaluate(`panelRoot().querySelector('[data-testid=note-item] .entry-form select').focus(); return '';`);
  await panel.page.keyboard.press('Escape');
  await panel.waitFor('note-edit', (buttons) => buttons.length === 1);
  // The keyboard is back where it was, on Edit, not at the top of the page.
  await expect
    .poll(() => panel.evaluate<string>(`return panelRoot()?.activeElement?.dataset.testid ?? '';`))
    .toBe('note-edit');
  expect((await panel.one('note-text'))?.text).toBe('Knows everything about Postgres vacuum and logical replication');

  await panel.click('note-delete');
  await panel.click('note-delete-confirm');
  await panel.waitFor('note-item', (items) => items.length === 0);
  await panel.page.reload();
  await panel.waitForPerson('liisa-makela');
  expect(await panel.all('note-item')).toEqual([]);
  await panel.page.close();
});

it('marks "contacted today", and takes a date typed in the field', async () => {
  const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
  await panel.waitForPerson('mikko-korhonen-77');
  expect((await panel.one('last-contact-relative'))?.text).toBe('Not yet');
  await panel.click('contacted-today');
  await panel.waitFor('last-contact', ([field]) => field?.value === today());

  await panel.choose('last-contact', '2026-01-15');
  await panel.waitFor('last-contact', ([field]) => field?.value === '2026-01-15');
  await panel.page.reload();
  await panel.waitForPerson('mikko-korhonen-77');
  expect((await panel.one('last-contact'))?.value).toBe('2026-01-15');
  expect((await panel.one('last-contact-relative'))?.attributes.title).toBe('January 15, 2026');
  await panel.page.close();
});

it('adds tags, suggests tags already in use for the next person, and removes them', async () => {
  const aino = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
  await aino.waitForPerson('aino-virtanen-4b2a1c');
  await aino.type('tag-input', 'mentors');
  await aino.page.keyboard.press('Enter');
  await aino.waitFor('tag', (tags) => tags.map((tag) => tag.text).join() === 'mentors×');
  await aino.page.close();

  const liisa = await openProfile(session().context, '/in/liisa-makela/');
  await liisa.waitForPerson('liisa-makela');
  await liisa.click('tag-input');
  await liisa.waitFor('tag-suggestion', (options) => options.some((option) => option.value === 'mentors'));
  await liisa.page.keyboard.type('Former colleagues,');
  await liisa.waitFor('tag', (tags) => tags.length === 1);
  await liisa.page.keyboard.press('Backspace');
  await liisa.waitFor('tag', (tags) => tags.length === 0);
  await liisa.page.close();
});

it('shows a note written in HTML as the text it is, in the panel and in the dashboard', async () => {
  const markup = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script><b>bold?</b>";
  const panel = await openProfile(session().context, '/in/liisa-makela/');
  await panel.waitForPerson('liisa-makela');
  await panel.addNote(markup);
  await panel.waitFor('note-text', (notes) => notes.some((note) => note.text === markup));
  expect(
    await panel.evaluate<number>('return all("note-text").flatMap((note) => [...note.querySelectorAll("*")]).length'),
  ).toBe(0);

  const dashboard = await openExtensionPage(session(), 'dashboard.html#contact/liisa-makela');
  await expect.poll(() => dashboard.getByTestId('note-text').first().textContent()).toBe(markup);
  expect(await dashboard.locator('[data-testid=note-text] img, [data-testid=note-text] b').count()).toBe(0);
  expect(await dashboard.title()).not.toBe('pwned');
  expect(await panel.page.title()).not.toBe('pwned');
  await dashboard.close();
  await panel.page.close();
});
