/**
 * The background refuses dates on the wrong side of today, whatever the panel let through: a message from a
 * content script may have been crafted. Nothing is stored, and the router answers `invalid`.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import type { Database } from '@/utils/db/database';
import { addPersonEntry, editPersonEntry } from '@/utils/db/people/entries';
import { updatePerson } from '@/utils/db/people/person';
import { DateOutOfBoundsError } from '@/utils/date-input';
import { ainoProfile } from '../../helpers/profiles';
import { storedEntries, storedEntry } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';
import { personFromJson, personToJson } from '@/utils/model/person-json';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 10);
let db: Database;

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });

describe('a person’s dates', () => {
  it.each([
    ['a last contact in two days', { contactedAt: NOW + 2 * DAY }],
    ['a follow-up two days ago', { followUpOn: NOW - 2 * DAY }],
    ['a good tag with a bad date', { tags: ['mentors'], contactedAt: NOW + 2 * DAY }],
  ])('refuses %s, and stores nothing', async (_, patch) => {
    await expect(updatePerson(db, ainoProfile(), patch, NOW)).rejects.toThrow(DateOutOfBoundsError);
    expect(await db.contacts.count()).toBe(0);
  });

  it.each([
    ['a last contact today', { contactedAt: NOW }],
    ['a last contact long ago', { contactedAt: NOW - 400 * DAY }],
    ['a follow-up next week', { followUpOn: NOW + 7 * DAY }],
    ['no last contact (cleared)', { contactedAt: null }],
    ['no follow-up (cleared)', { followUpOn: null }],
  ])('takes %s', async (_, patch) => {
    const view = await updatePerson(db, ainoProfile(), patch, NOW);
    expect(view.summary).toMatchObject(patch);
  });

  it('keeps the stored date when a refused one comes for a person already saved', async () => {
    await updatePerson(db, ainoProfile(), { contactedAt: NOW - DAY }, NOW);
    await expect(updatePerson(db, ainoProfile(), { contactedAt: NOW + 3 * DAY }, NOW)).rejects.toThrow();
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))?.contactedAt).toBe(NOW - DAY);
  });
});

describe('a timeline entry’s day', () => {
  it('refuses an entry dated in the future, and stores nothing', async () => {
    const entry = { type: 'meeting' as const, text: 'Lunch', at: NOW + 2 * DAY };
    await expect(addPersonEntry(db, ainoProfile(), entry, NOW)).rejects.toThrow(DateOutOfBoundsError);
    expect(await storedEntries(db)).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses moving an entry into the future, and keeps its day', async () => {
    const view = await addPersonEntry(db, ainoProfile(), { type: 'call', text: 'Call', at: NOW - DAY }, NOW);
    const id = view.entries[0].id;
    await expect(editPersonEntry(db, ainoProfile(), id, { at: NOW + 2 * DAY }, NOW)).rejects.toThrow(
      DateOutOfBoundsError,
    );
    expect((await storedEntry(db, id))?.at).toBe(NOW - DAY);
  });

  it('lets an entry dated ahead before this rule have its text edited, on the day it has', async () => {
    const view = await addPersonEntry(db, ainoProfile(), { type: 'event', text: 'Meetup', at: NOW }, NOW);
    const id = view.entries[0].id;
    // As an older version could save it.
    await db.people.toCollection().modify((stored) => {
      const person = personFromJson(stored.json);
      stored.json = personToJson({ ...person, timeline: person.timeline.map((v) => ({ ...v, at: NOW + 2 * DAY })) });
    });
    await editPersonEntry(db, ainoProfile(), id, { text: 'Design meetup', at: NOW + 2 * DAY }, NOW);
    expect(await storedEntry(db, id)).toMatchObject({ text: 'Design meetup', at: NOW + 2 * DAY });
  });
});

describe('the router', () => {
  const linkedInTab = () => ({
    id: browser.runtime.id,
    url: 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
    tab: { id: 7 } as never,
  });

  it.each([
    ['person.update', { person: ainoProfile(), patch: { contactedAt: NOW + 2 * DAY } }],
    ['person.update', { person: ainoProfile(), patch: { followUpOn: NOW - 2 * DAY } }],
    ['entry.add', { person: ainoProfile(), type: 'note', text: 'From the future', at: NOW + 2 * DAY }],
  ])('answers a crafted %s with a date on the wrong side of today as invalid', async (type, payload) => {
    const reply = await route(db, { type, payload }, linkedInTab(), { now: () => NOW });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/cannot be in the/) },
    });
    expect(await db.contacts.count()).toBe(0);
  });
});
