/**
 * Two stored people join only when the user says so, on a page LinkedIn cannot script. Aino was saved twice (once
 * by her profile id, once by her slug, in a backup from another browser); her profile page shows both ids, but the
 * profile id is only the page's claim, so the panel says that the page shows an id of someone saved, without whom,
 * and the dashboard compares the two, merges when told to, and undoes the merge.
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

it('compares on the dashboard whom a page’s id belongs to, merges when told, and undoes the merge', async () => {
  await importAinoTwice();
  expect(await countContacts(session().worker)).toBe(2);

  const panel = await openProfile(session().context, `/in/${AINO_SLUG}/`);
  await panel.waitForPerson(AINO_SLUG);
  const [notice] = await panel.waitFor('same-page-ids', (items) => items.length === 1);
  expect(notice.text).toContain('This page shows an id of someone you saved.');
  expect(notice.text).not.toContain('Aino'); // whom, the page may not learn
  await panel.page.screenshot({ path: `${SCREENSHOTS}/panel-same-page-ids.png` });
  // Viewing merged and linked nothing: the page shows the URL's own person, with their own note.
  expect(await panel.noteTexts()).toEqual(['Met at the design meetup']);
  expect(await countContacts(session().worker)).toBe(2);

  const opened = session().context.waitForEvent('page');
  await panel.click('same-page-ids-compare');
  const dashboard = await opened;
  await dashboard.getByTestId('compare-page').waitFor();
  const question = dashboard.getByTestId('same-person');
  await expect.poll(() => question.textContent()).toContain('Same person as Aino Virtanen?');
  await dashboard.screenshot({ path: `${SCREENSHOTS}/dashboard-compare.png` });
  await dashboard.getByTestId('same-person-merge').click();
  await expect.poll(() => countContacts(session().worker)).toBe(1);
  // The panel on LinkedIn hears of it and shows both notes on the person its address names.
  await panel.waitFor('note-item', (items) => items.length === 2);
  expect(await panel.all('same-page-ids')).toEqual([]);

  await dashboard.getByTestId('undo').click();
  await expect.poll(() => countContacts(session().worker)).toBe(2);
  await panel.waitFor('note-item', (items) => items.length === 1);
  expect(await panel.noteTexts()).toEqual(['Met at the design meetup']);
  await dashboard.close();

  // Still two after a reload, and the page's notice is there again.
  await panel.page.reload();
  await panel.waitForPerson(AINO_SLUG);
  await panel.waitFor('same-page-ids', (items) => items.length === 1);
  await panel.page.close();
});
