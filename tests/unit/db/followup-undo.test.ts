/** Undo of the popup's Done and Snooze: exactly what was there before, and only from the extension's own pages. */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import type { Database } from '@/utils/db/database';
import { addPersonEntry } from '@/utils/db/people/entries';
import { listFollowUps, markFollowUpDone, snoozeFollowUp, undoFollowUp } from '@/utils/db/people/follow-ups';
import { updatePerson, viewPerson } from '@/utils/db/people/person';
import { ainoProfile } from '../../helpers/profiles';
import { storedEntry } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 10);
const AINO = { key: 'aino-virtanen-4b2a1c' };
let db: Database;

/** Aino, weekly, last in touch 30 days ago, with one note: overdue. */
async function overdueAino() {
  await updatePerson(db, ainoProfile(), { cadenceDays: 7, contactedAt: NOW - 30 * DAY }, NOW - 30 * DAY);
  await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Met at the meetup', at: NOW - 30 * DAY }, NOW);
  return viewPerson(db, AINO, NOW);
}

/** What undo must put back: everything but the time of the last write. */
const asStored = ({ summary, entries }: Awaited<ReturnType<typeof viewPerson>>) => ({
  summary: { ...summary, updatedAt: undefined },
  entries,
});

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });

describe('undo of Done', () => {
  it('puts the last contact back and removes the note Done added: the person is due again', async () => {
    const before = await overdueAino();
    const done = await markFollowUpDone(db, AINO.key, 'Sent her the slides', NOW);
    expect(done.entries.map((entry) => entry.text)).toContain('Sent her the slides');
    expect((await listFollowUps(db, NOW)).due).toEqual([]);

    await undoFollowUp(db, done.undo, NOW + 5000);
    expect(asStored(await viewPerson(db, AINO, NOW))).toEqual(asStored(before));
    expect((await listFollowUps(db, NOW)).due.map((person) => person.key)).toEqual([AINO.key]);
  });

  it('has no note to remove when Done had none', async () => {
    await overdueAino();
    const done = await markFollowUpDone(db, AINO.key, '  ', NOW);
    expect(done.undo.noteId).toBeNull();
  });

  it('never removes an entry that is not the note of that person, whatever id it is given', async () => {
    const before = await overdueAino();
    const other = await addPersonEntry(
      db,
      ainoProfile({ key: 'liisa-makela', slug: 'liisa-makela', profileId: undefined, memberId: undefined }),
      { type: 'meeting', text: 'Lunch', at: NOW },
      NOW,
    );
    const ownEntry = before.entries[0].id;
    const foreignEntry = other.entries[0].id;
    for (const noteId of [foreignEntry, 'no-such-entry']) {
      await undoFollowUp(db, { key: AINO.key, contactedAt: NOW - 30 * DAY, snoozedUntil: null, noteId }, NOW);
    }
    expect(await storedEntry(db, foreignEntry)).toBeDefined();
    expect(await storedEntry(db, ownEntry)).toBeDefined();
  });
});

describe('undo of Snooze', () => {
  it('puts the snooze back as it was', async () => {
    const before = await overdueAino();
    const snoozed = await snoozeFollowUp(db, AINO.key, NOW + 7 * DAY, NOW);
    expect((await listFollowUps(db, NOW)).due).toEqual([]);
    expect(snoozed.undo).toEqual({ key: AINO.key, contactedAt: NOW - 30 * DAY, snoozedUntil: null, noteId: null });

    await undoFollowUp(db, snoozed.undo, NOW);
    expect(asStored(await viewPerson(db, AINO, NOW))).toEqual(asStored(before));
  });
});

describe("the popup's own messages", () => {
  const linkedInTab = () => ({
    id: browser.runtime.id,
    url: 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
    tab: { id: 7 } as never,
  });
  const extensionPage = () => ({ id: browser.runtime.id, url: `${browser.runtime.getURL('/')}popup.html` });
  const undo = { key: AINO.key, contactedAt: null, snoozedUntil: null, noteId: null };

  it.each([
    ['followup.undo', undo],
    ['people.count', {}],
  ])('%s comes from extension pages only', async (type, payload) => {
    await overdueAino();
    expect(await route(db, { type, payload }, linkedInTab())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route(db, { type, payload }, extensionPage())).toMatchObject({ ok: true });
  });

  it('counts who is stored, for the first-run hint', async () => {
    expect(await route(db, { type: 'people.count', payload: {} }, extensionPage())).toEqual({ ok: true, data: 0 });
    await overdueAino();
    expect(await route(db, { type: 'people.count', payload: {} }, extensionPage())).toEqual({ ok: true, data: 1 });
  });

  it('refuses an undo of a person who is not there', async () => {
    const reply = await route(db, { type: 'followup.undo', payload: undo }, extensionPage());
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
