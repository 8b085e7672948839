/**
 * Two stored people join only when the user says so. Aino was saved twice (once by her profile id, once by her
 * slug, in a backup from another browser); her profile page shows both ids, so the panel and her page in the
 * dashboard ask "Same person as …?", merge when told to, and undo the merge.
 */
import { expect, it } from 'vitest';
import { backupFile, backupNote, backupPerson } from '../helpers/backup-files';
import { countContacts, openExtensionPage, openProfile, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

const session = browserForFile();

const AINO_SLUG = 'aino-virtanen-4b2a1c';
const AINO_ID = 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy'; // shown by the voyager fixture's top card
const DAY = 86_400_000;

async function importAinoTwice(): Promise<void> {
  const at = Date.now() - 10 * DAY;
  const aino = { name: 'Aino Virtanen', headline: 'Product designer at Revontuli Oy', company: 'Revontuli Oy' };
  const file = backupFile(
    [backupPerson(AINO_SLUG, at, aino), backupPerson(AINO_ID, at + 1, aino)],
    [
      backupNote('n-slug', AINO_SLUG, 'Met at the design meetup', at),
      backupNote('n-id', AINO_ID, 'Introduced by Mikko', at + 1),
    ],
  );
  const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
  await dashboard.getByTestId('import-input').setInputFiles({
    name: 'other-browser.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await dashboard.getByTestId('import-result').waitFor();
  await dashboard.close();
}

it('asks in the panel whether two stored people are one, merges when told, and undoes the merge', async () => {
  await importAinoTwice();
  expect(await countContacts(session().worker)).toBe(2);

  const panel = await openProfile(session().context, `/in/${AINO_SLUG}/`);
  await panel.waitForPerson(AINO_SLUG);
  const [question] = await panel.waitFor('same-person', (items) => items.length === 1);
  expect(question.text).toContain('Same person as Aino Virtanen?');
  await panel.page.screenshot({ path: `${SCREENSHOTS}/panel-same-person.png` });
  // Viewing merged nothing: the page shows the URL's own person, with their own note.
  expect(await panel.noteTexts()).toEqual(['Met at the design meetup']);
  expect(await countContacts(session().worker)).toBe(2);

  await panel.click('same-person-merge');
  await panel.waitFor('note-item', (items) => items.length === 2);
  expect(await countContacts(session().worker)).toBe(1);
  expect(await panel.all('same-person')).toEqual([]);

  await panel.click('undo');
  await panel.waitFor('note-item', (items) => items.length === 1);
  expect(await panel.noteTexts()).toEqual(['Met at the design meetup']);
  expect(await countContacts(session().worker)).toBe(2);

  // Still two after a reload, and the question is asked again.
  await panel.page.reload();
  await panel.waitForPerson(AINO_SLUG);
  await panel.waitFor('same-person', (items) => items.length === 1);
  await panel.page.close();

  // The dashboard's page of the other copy asks too, and merges the page's person into it.
  const dashboard = await openExtensionPage(session(), `dashboard.html#contact/${AINO_ID}`);
  await dashboard.getByTestId('same-person').waitFor();
  await dashboard.getByTestId('same-person-merge').click();
  await expect.poll(() => countContacts(session().worker)).toBe(1);
  await expect.poll(() => dashboard.getByTestId('note-item').count()).toBe(2);
  await dashboard.getByTestId('undo').click();
  await expect.poll(() => countContacts(session().worker)).toBe(2);
  await dashboard.close();
});
