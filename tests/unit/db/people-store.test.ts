import { describe, expect, it } from 'vitest';
import { dayOf, startOfDay } from '@/utils/time';
import type { Database } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import { retag } from '@/utils/db/tags-store';
import { listTags } from '@/utils/db/tags-store';
import { deletePersonByKey, restoreDeletedPerson } from '@/utils/db/people/deletion';
import { addPersonEntry, deletePersonEntry, editPersonEntry } from '@/utils/db/people/entries';
import { listFollowUps, markFollowUpDone, snoozeFollowUp } from '@/utils/db/people/follow-ups';
import { joinPageClaim, joinPeopleByKey, joinSuggested, separateJoined } from '@/utils/db/people/joins';
import { peopleClaimedByPage } from '@/utils/db/people/page';
import { updatePerson, viewPerson } from '@/utils/db/people/person';
import { MissingEntryError, readPerson } from '@/utils/db/people/read';
import { savePeople } from '@/utils/db/people/write';
import { AINO_ID, ainoProfile } from '../../helpers/profiles';
import { updateSettings } from '@/utils/db/settings-store';
import { storedEntries, storedEntry } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';
import { helpBalance } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 10);
let db: Database;
const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

useTestDatabase((fresh) => (db = fresh));

describe('viewing a profile', () => {
  it('creates nothing for a person the user never added to', async () => {
    expect(await viewPerson(db, ainoProfile(), NOW)).toEqual({
      summary: null,
      entries: [],
      changes: [],
      rhythm: { days: 90, source: { from: 'default' } },
      sameAs: [],
      samePageIds: 0,
    });
    expect(await db.contacts.count()).toBe(0);
  });

  it('keys a person by profile id when the URL used it; under the slug, asks, and follows once the user joins them', async () => {
    const byId = ainoProfile({ key: AINO_ID, memberId: undefined });
    await addPersonEntry(db, byId, { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    expect((await readPerson(db, AINO_ID))?.aliases).toEqual([AINO_ID]); // the slug the page showed is a claim
    // The slug's page shows her profile id: a claim, which selects no one by itself (a page may forge it).
    expect(await viewPerson(db, ainoProfile(), NOW + 1)).toMatchObject({ summary: null, samePageIds: 1 });
    expect(await peopleClaimedByPage(db, ainoProfile())).toEqual({
      person: null,
      others: [{ key: AINO_ID, name: 'Aino Virtanen', headline: expect.any(String) }],
    });
    await joinPageClaim(db, ainoProfile(), AINO_ID, NOW + 2);
    const view = await viewPerson(db, ainoProfile(), NOW + 3);
    expect(view.summary?.key).toBe(AINO_ID);
    expect(view.summary?.aliases).toEqual(expect.arrayContaining([AINO_ID, 'aino-virtanen-4b2a1c']));
    expect(view.entries.map((i) => i.text)).toEqual(['Met at Slush']);
    expect(view.samePageIds).toBe(0);
  });

  it('notices a new company and headline, records them on the timeline, and says "now at"', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Mentor', at: NOW - DAY }, NOW - DAY);
    const moved = ainoProfile({ company: 'Kuura Systems', headline: 'Design lead at Kuura Systems' });
    const view = await viewPerson(db, moved, NOW);
    expect(view.changes).toEqual([
      { field: 'headline', from: 'Product designer at Revontuli Oy', to: 'Design lead at Kuura Systems' },
      { field: 'company', from: 'Revontuli Oy', to: 'Kuura Systems' },
    ]);
    expect(view.summary).toMatchObject({ company: 'Kuura Systems', headline: 'Design lead at Kuura Systems' });
    expect(view.entries.map((i) => [i.type, i.text])).toEqual(
      expect.arrayContaining([
        ['company_change', 'Revontuli Oy → Kuura Systems'],
        ['headline_change', 'Product designer at Revontuli Oy → Design lead at Kuura Systems'],
      ]),
    );
    // Noticed once: the next visit has nothing new.
    expect((await viewPerson(db, moved, NOW + 1)).changes).toEqual([]);
  });

  it('notices nothing from a top card that shows none of the page’s ids: it may be the previous person’s', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Mentor', at: NOW - DAY }, NOW - DAY);
    // In-app navigation to Aino with Mikko's card still on screen, a card without ids of its own.
    const lingering = ainoProfile({ company: 'Saimaa Analytics', headline: 'Data engineer', cardShowsNoId: true });
    const view = await viewPerson(db, lingering, NOW);
    expect(view.changes).toEqual([]);
    expect(view.summary).toMatchObject({ company: 'Revontuli Oy', headline: 'Product designer at Revontuli Oy' });
    // And Aino's own card after it is no change either.
    expect((await viewPerson(db, ainoProfile(), NOW + 1)).changes).toEqual([]);
    expect(view.entries.map((entry) => entry.type)).toEqual(['note']);
  });

  it('saves someone new from a card that shows none of the page’s ids without its words, filled in by the next', async () => {
    const lingering = ainoProfile({ name: 'Mikko Korhonen', company: 'Saimaa Analytics', cardShowsNoId: true });
    await addPersonEntry(db, lingering, { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    expect(await db.contacts.get('aino-virtanen-4b2a1c')).toMatchObject({ name: '', company: '' });
    const view = await viewPerson(db, ainoProfile(), NOW + 1);
    expect(view.summary).toMatchObject({ name: 'Aino Virtanen', company: 'Revontuli Oy' });
    expect(view.changes).toEqual([]);
  });

  it('keeps the user’s own edit of a field until LinkedIn itself changes it', async () => {
    await updatePerson(db, ainoProfile(), { company: 'Revontuli (design team)' }, NOW);
    const view = await viewPerson(db, ainoProfile(), NOW + 1);
    expect(view.summary?.company).toBe('Revontuli (design team)');
    expect(view.changes).toEqual([]);
  });

  it('notices no changes on a layout it could not read', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'x', at: NOW }, NOW);
    const unknown = ainoProfile({
      layout: 'unknown',
      headline: '',
      company: '',
      profileId: undefined,
      memberId: undefined,
    });
    expect((await viewPerson(db, unknown, NOW + 1)).changes).toEqual([]);
  });

  it('keeps the last reading through a screen without a top card, and notices changes against it after', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'x', at: NOW }, NOW);
    const subpage = ainoProfile({ layout: 'subpage', name: 'Aino Virtanen', headline: '', company: '', location: '' });
    const view = await viewPerson(db, subpage, NOW + 1);
    expect(view.summary).toMatchObject({ headline: ainoProfile().headline, company: 'Revontuli Oy' });
    expect(view.changes).toEqual([]);
    const moved = await viewPerson(db, ainoProfile({ company: 'Kuura Systems' }), NOW + 2);
    expect(moved.changes).toEqual([{ field: 'company', from: 'Revontuli Oy', to: 'Kuura Systems' }]);
  });
});

describe('the timeline', () => {
  it('creates the contact on the first entry, newest entries first', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'first', at: NOW - 2 * DAY }, NOW);
    const view = await addPersonEntry(db, ainoProfile(), { type: 'meeting', text: 'coffee', at: NOW - DAY }, NOW);
    expect(view.summary).toMatchObject({ key: 'aino-virtanen-4b2a1c', name: 'Aino Virtanen', company: 'Revontuli Oy' });
    expect(view.entries.map((i) => i.text)).toEqual(['coffee', 'first']);
    expect(new Set(view.entries.map((i) => i.id)).size).toBe(2);
  });

  it('moves last contact with contact-type entries but not with notes, and back when one is deleted', async () => {
    let view = await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'just a thought', at: NOW }, NOW);
    expect(view.summary?.lastContactAt).toBeNull();
    view = await addPersonEntry(db, ainoProfile(), { type: 'call', text: 'called', at: NOW - DAY }, NOW);
    expect(view.summary?.lastContactAt).toBe(NOW - DAY);
    const call = view.entries.find((i) => i.type === 'call')!;
    view = await deletePersonEntry(db, ainoProfile(), call.id, NOW);
    expect(view.summary?.lastContactAt).toBeNull();
  });

  it('edits an entry’s text, type and time', async () => {
    let view = await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'draft', at: NOW }, NOW);
    const id = view.entries[0].id;
    view = await editPersonEntry(db, ainoProfile(), id, { text: ' final ', type: 'meeting', at: NOW - DAY }, NOW + 1);
    expect(view.entries[0]).toMatchObject({
      id,
      text: 'final',
      type: 'meeting',
      at: NOW - DAY,
      updatedAt: NOW + 1,
    });
    expect(view.summary?.lastContactAt).toBe(NOW - DAY);
  });

  it('refuses to edit or delete an entry of someone else', async () => {
    const other = ainoProfile({
      key: 'pekka-salo-99',
      slug: 'pekka-salo-99',
      profileId: undefined,
      memberId: undefined,
    });
    const view = await addPersonEntry(db, other, { type: 'note', text: 'Pekka’s', at: NOW }, NOW);
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Aino’s', at: NOW }, NOW);
    const pekkasEntry = view.entries[0].id;
    await expect(deletePersonEntry(db, ainoProfile(), pekkasEntry, NOW)).rejects.toThrow(/not found/);
    await expect(editPersonEntry(db, ainoProfile(), pekkasEntry, { text: 'x' }, NOW)).rejects.toThrow(/not found/);
    expect((await storedEntry(db, pekkasEntry))?.text).toBe('Pekka’s');
  });

  it('keeps both tabs’ entries when two add to one person at once', async () => {
    await Promise.all([
      addPersonEntry(db, ainoProfile(), { type: 'note', text: 'from tab A', at: NOW }, NOW),
      addPersonEntry(db, ainoProfile(), { type: 'note', text: 'from tab B', at: NOW }, NOW),
    ]);
    const view = await viewPerson(db, ainoProfile(), NOW);
    expect(view.entries.map((i) => i.text).sort()).toEqual(['from tab A', 'from tab B']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps both texts when two tabs edit one note, the second from a stale view, and says so', async () => {
    const added = await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Met at Slush', at: NOW }, NOW);
    const { id, rev } = added.entries[0]!;
    // Both tabs show the note as first saved; tab A saves first.
    await editPersonEntry(db, ainoProfile(), id, { text: 'Met at Slush 2026', rev }, NOW + 1000);
    const view = await editPersonEntry(db, ainoProfile(), id, { text: 'Met at Slush, Helsinki', rev }, NOW + 2000);
    expect(view.entries).toHaveLength(1);
    expect(view.entries[0]).toMatchObject({ text: 'Met at Slush, Helsinki', otherTexts: ['Met at Slush 2026'] });
    // An edit from the view that shows both settles it.
    const settled = await editPersonEntry(
      db,
      ainoProfile(),
      id,
      { text: 'Met at Slush 2026, Helsinki', rev: view.entries[0]!.rev },
      NOW + 3000,
    );
    expect(settled.entries).toEqual([expect.objectContaining({ text: 'Met at Slush 2026, Helsinki' })]);
    expect(settled.entries[0]).not.toHaveProperty('otherTexts');
  });

  it('deletes a note from a tab that showed the old text, over an edit made before the delete elsewhere', async () => {
    const added = await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Draft', at: NOW }, NOW);
    const { id, rev } = added.entries[0]!;
    await editPersonEntry(db, ainoProfile(), id, { text: 'Final text', rev }, NOW + 1000);
    // The deleting tab saw only the draft: the edit it never saw, made before the delete, loses to it.
    const view = await deletePersonEntry(db, ainoProfile(), id, NOW + 2000, rev);
    expect(view.entries).toEqual([]);
  });
});

describe('contact fields and tags', () => {
  it('sets and clears the last-contact date; interactions still count', async () => {
    let view = await updatePerson(db, ainoProfile(), { contactedAt: NOW - 3 * DAY }, NOW);
    expect(view.summary?.lastContactAt).toBe(NOW - 3 * DAY);
    view = await updatePerson(db, ainoProfile(), { contactedAt: null }, NOW);
    expect(view.summary?.lastContactAt).toBeNull();
  });

  it('normalises tags and lists every tag in use', async () => {
    await updatePerson(db, ainoProfile(), { tags: [' mentors ', 'Mentors', 'former  colleagues'] }, NOW);
    const other = ainoProfile({
      key: 'pekka-salo-99',
      slug: 'pekka-salo-99',
      profileId: undefined,
      memberId: undefined,
    });
    await updatePerson(db, other, { tags: ['designers', 'mentors'] }, NOW);
    expect((await viewPerson(db, ainoProfile(), NOW)).summary?.tags).toEqual(['mentors', 'former colleagues']);
    expect(await listTags(db)).toEqual(['designers', 'former colleagues', 'mentors']);
  });

  it('edits only the fields given, so that edits from two tabs to different fields both stay', async () => {
    await Promise.all([
      updatePerson(db, ainoProfile(), { tags: ['mentors'] }, NOW),
      updatePerson(db, ainoProfile(), { company: 'Kuura' }, NOW),
    ]);
    expect((await viewPerson(db, ainoProfile(), NOW)).summary).toMatchObject({ tags: ['mentors'], company: 'Kuura' });
  });
});

describe('give and take', () => {
  it('counts help given and received on the timeline, and nothing else', async () => {
    for (const type of ['gave_help', 'gave_help', 'received_help', 'meeting', 'note'] as const) {
      await addPersonEntry(db, ainoProfile(), { type, text: type, at: NOW }, NOW);
    }
    const { entries } = await viewPerson(db, ainoProfile(), NOW);
    expect(helpBalance(entries)).toEqual({ gave: 2, received: 1 });
  });
});

describe('two stored people join only when the user says so', () => {
  /** Aino saved once by profile id (a messaging link) and once by slug (the public page): two contacts. */
  async function savedTwice() {
    const byId = ainoProfile({ layout: 'unknown', key: AINO_ID, slug: undefined, memberId: undefined });
    const bySlug = ainoProfile({ layout: 'guest', profileId: undefined, memberId: undefined });
    await addPersonEntry(db, byId, { type: 'note', text: 'from the id', at: NOW - 2 * DAY }, NOW - 2 * DAY);
    await updatePerson(db, byId, { tags: ['mentors'], contactedAt: NOW - 5 * DAY }, NOW - 2 * DAY);
    await addPersonEntry(db, bySlug, { type: 'call', text: 'from the slug', at: NOW - 3 * DAY }, NOW - DAY);
    await updatePerson(db, bySlug, { tags: ['designers'] }, NOW - DAY);
    expect(await db.contacts.count()).toBe(2);
  }

  it('a page showing both ids merges nothing: it shows the URL’s own person and asks about the other', async () => {
    await savedTwice();
    // The logged-in page shows slug and profile id together.
    const view = await viewPerson(db, ainoProfile(), NOW);
    expect(await db.contacts.count()).toBe(2);
    expect(view.summary?.key).toBe('aino-virtanen-4b2a1c');
    expect(view.entries.map((i) => i.text)).toEqual(['from the slug']);
    // The profile id is the other's: the page only claims it, so the question goes to the dashboard.
    expect(view).toMatchObject({ sameAs: [], samePageIds: 1 });
    expect((await peopleClaimedByPage(db, ainoProfile())).others.map((other) => other.key)).toEqual([AINO_ID]);
    expect((await viewPerson(db, ainoProfile(), NOW)).summary?.aliases).not.toContain(AINO_ID);
  });

  it('joins the compared person when the user says so, and undo gives both back as they were', async () => {
    await savedTwice();
    await viewPerson(db, ainoProfile(), NOW); // the panel asks first
    const before = await db.contacts.toArray();
    const joined = await joinPageClaim(db, ainoProfile(), AINO_ID, NOW);
    expect(await db.contacts.count()).toBe(1);
    expect(joined.view.summary).toMatchObject({
      key: 'aino-virtanen-4b2a1c',
      tags: ['designers', 'mentors'],
      contactedAt: NOW - 5 * DAY,
      lastContactAt: NOW - 3 * DAY,
      createdAt: NOW - 2 * DAY,
    });
    expect(joined.view.summary?.aliases).toEqual(expect.arrayContaining([AINO_ID, 'aino-virtanen-4b2a1c']));
    expect(joined.view.entries.map((i) => i.text).sort()).toEqual(['from the id', 'from the slug']);
    expect(joined.view.sameAs).toEqual([]);

    // A note written after the join stays on the person the page shows.
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'after', at: NOW }, NOW);
    const view = await separateJoined(db, joined.undo, NOW + 1);
    expect(view.summary?.key).toBe('aino-virtanen-4b2a1c');
    const after = await db.contacts.toArray();
    // The kept person's note written after the join stays, with its words.
    const strip = ({ updatedAt: _u, timelineWords: _w, ...contact }: Summary) => contact;
    expect(after.map(strip).sort(byKey)).toEqual(before.map(strip).sort(byKey));
    const textsOf = async (key: string) =>
      (await storedEntries(db))
        .filter((i) => i.contactKey === key)
        .map((i) => i.text)
        .sort();
    expect(await textsOf(AINO_ID)).toEqual(['from the id']);
    expect(await textsOf('aino-virtanen-4b2a1c')).toEqual(['after', 'from the slug']);
  });

  it('from the panel, joins a person who shares a stored id (saved twice elsewhere, then synced)', async () => {
    await savedTwice();
    // Another computer linked the profile id to the slug's person before the two met in sync.
    const bySlug = (await readPerson(db, 'aino-virtanen-4b2a1c'))!;
    await savePeople(db, [{ ...bySlug, aliases: [...bySlug.aliases, AINO_ID] }], await loadSettings(db));
    const view = await viewPerson(db, ainoProfile(), NOW);
    expect(view.sameAs.map((other) => other.key)).toEqual([AINO_ID]);
    expect((await viewPerson(db, { key: AINO_ID }, NOW)).sameAs.map((other) => other.key)).toEqual([
      'aino-virtanen-4b2a1c',
    ]);
    const joined = await joinSuggested(db, ainoProfile(), AINO_ID, NOW);
    expect(joined.view.entries.map((i) => i.text).sort()).toEqual(['from the id', 'from the slug']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('a page may join only a person who shares one of its ids, never anyone by key', async () => {
    await savedTwice();
    await addPersonEntry(
      db,
      ainoProfile({ key: 'mikko-k', slug: 'mikko-k', profileId: undefined, memberId: undefined }),
      { type: 'note', text: 'Mikko', at: NOW },
      NOW,
    );
    await expect(joinSuggested(db, ainoProfile(), 'mikko-k', NOW)).rejects.toThrow(MissingEntryError);
    expect(await db.contacts.count()).toBe(3);
  });
});

describe('keeping in touch', () => {
  const dayStart = (time: number) => startOfDay(dayOf(time));

  it('keeps dueAt one cadence after the last contact, and moves it with each contact', async () => {
    let view = await updatePerson(db, ainoProfile(), { cadenceDays: 30, contactedAt: NOW - 100 * DAY }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW - 70 * DAY));
    view = await addPersonEntry(db, ainoProfile(), { type: 'message', text: 'Hi!', at: NOW }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 30 * DAY));
    // A note is not contact.
    view = await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'thought', at: NOW + DAY }, NOW + DAY);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 30 * DAY));
  });

  it('inherits the default until the person has a cadence, and again after "inherit"', async () => {
    let view = await updatePerson(db, ainoProfile(), { contactedAt: NOW }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 90 * DAY)); // the default: three months
    view = await updatePerson(db, ainoProfile(), { cadenceDays: null }, NOW);
    expect(view.summary?.dueAt).toBeNull();
    view = await updatePerson(db, ainoProfile(), { cadenceDays: 'inherit' }, NOW);
    expect(view.summary).not.toHaveProperty('cadenceDays');
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 90 * DAY));
  });

  it('takes a tag’s cadence from settings', async () => {
    await updateSettings(db, { tagCadences: { mentors: 14 } }, NOW);
    const view = await updatePerson(db, ainoProfile(), { tags: ['Mentors'], contactedAt: NOW }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 14 * DAY));
  });

  it('follows an explicit follow-up day and a snooze', async () => {
    let view = await updatePerson(db, ainoProfile(), { contactedAt: NOW, followUpOn: NOW + 5 * DAY }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 5 * DAY));
    view = await updatePerson(db, ainoProfile(), { snoozedUntil: NOW + 12 * DAY }, NOW);
    expect(view.summary?.dueAt).toBe(dayStart(NOW + 12 * DAY));
  });
});

describe('the follow-up list', () => {
  const person = (slug: string) =>
    ainoProfile({ key: slug, slug, name: slug, profileId: undefined, memberId: undefined });

  it('ranks who is due by lateness relative to cadence, and lists the coming week apart', async () => {
    await updatePerson(db, person('weekly-two-weeks-late'), { cadenceDays: 7, contactedAt: NOW - 21 * DAY }, NOW);
    await updatePerson(db, person('yearly-two-weeks-late'), { cadenceDays: 365, contactedAt: NOW - 379 * DAY }, NOW);
    await updatePerson(db, person('monthly-a-week-late'), { cadenceDays: 30, contactedAt: NOW - 37 * DAY }, NOW);
    await updatePerson(db, person('due-in-three-days'), { cadenceDays: 30, contactedAt: NOW - 27 * DAY }, NOW);
    await updatePerson(db, person('due-in-a-month'), { cadenceDays: 30, contactedAt: NOW }, NOW);
    const { due, upcoming } = await listFollowUps(db, NOW);
    expect(due.map((item) => item.key)).toEqual([
      'weekly-two-weeks-late',
      'monthly-a-week-late',
      'yearly-two-weeks-late',
    ]);
    expect(upcoming.map((item) => item.key)).toEqual(['due-in-three-days']);
  });

  it('"done" logs contact today, with the note on the timeline, and takes the person off the list', async () => {
    await updatePerson(db, person('late'), { cadenceDays: 7, contactedAt: NOW - 21 * DAY }, NOW);
    const view = await markFollowUpDone(db, 'late', ' Sent congratulations on the new job ', NOW);
    expect(view.summary?.lastContactAt).toBe(NOW);
    expect(view.entries.map((i) => [i.type, i.text])).toEqual([['note', 'Sent congratulations on the new job']]);
    expect((await listFollowUps(db, NOW)).due).toEqual([]);
  });

  it('snooze hides the person until the day given', async () => {
    await updatePerson(db, person('late'), { cadenceDays: 7, contactedAt: NOW - 21 * DAY }, NOW);
    await snoozeFollowUp(db, 'late', NOW + 7 * DAY, NOW);
    expect((await listFollowUps(db, NOW)).due).toEqual([]);
    expect((await listFollowUps(db, NOW + 7 * DAY)).due.map((item) => item.key)).toEqual(['late']);
  });

  it('refuses done or snooze for someone who is not there', async () => {
    await expect(markFollowUpDone(db, 'nobody', '', NOW)).rejects.toThrow(/not found/);
    await expect(snoozeFollowUp(db, 'nobody', NOW, NOW)).rejects.toThrow(/not found/);
  });
});

describe('settings', () => {
  it('reschedules everyone when the default rhythm changes', async () => {
    await updatePerson(db, ainoProfile(), { contactedAt: NOW }, NOW);
    expect((await viewPerson(db, ainoProfile(), NOW)).summary?.dueAt).toBe(startOfDay(dayOf(NOW + 90 * DAY)));
    const settings = await updateSettings(db, { defaultCadenceDays: 30 }, NOW);
    expect(settings).toMatchObject({ defaultCadenceDays: 30, notificationsEnabled: true });
    expect((await viewPerson(db, ainoProfile(), NOW)).summary?.dueAt).toBe(startOfDay(dayOf(NOW + 30 * DAY)));
  });
});

describe('viewing writes only what is new', () => {
  it('leaves an unchanged contact untouched, visit after visit', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Mentor', at: NOW }, NOW);
    const before = await db.contacts.get('aino-virtanen-4b2a1c');
    await viewPerson(db, ainoProfile(), NOW + DAY);
    expect(await db.contacts.get('aino-virtanen-4b2a1c')).toEqual(before);
  });
});

describe('the dashboard’s edits', () => {
  const mikko = () =>
    ainoProfile({ key: 'mikko-k', slug: 'mikko-k', profileId: undefined, memberId: undefined, name: 'Mikko K' });

  it('merges two contacts that are one person: aliases, tags, timelines and missing fields join', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'First', at: NOW - DAY }, NOW);
    await updatePerson(db, ainoProfile(), { tags: ['mentors'], company: '' }, NOW);
    await addPersonEntry(db, mikko(), { type: 'meeting', text: 'Second', at: NOW }, NOW);
    await updatePerson(db, mikko(), { tags: ['alumni'], company: 'Kide Oy' }, NOW);

    const { view } = await joinPeopleByKey(db, 'aino-virtanen-4b2a1c', 'mikko-k', NOW);
    expect(view.summary).toMatchObject({
      key: 'aino-virtanen-4b2a1c',
      tags: ['mentors', 'alumni'],
      company: 'Kide Oy',
    });
    expect(view.summary!.aliases).toContain('mikko-k');
    expect(view.entries.map((entry) => entry.text)).toEqual(['Second', 'First']);
    expect(view.summary!.lastContactAt).toBe(NOW);
    expect(await db.contacts.count()).toBe(1);
  });

  it('an undone delete joins a person added again meanwhile, losing neither timeline', async () => {
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'Old note', at: NOW - DAY }, NOW);
    const deleted = await deletePersonByKey(db, 'aino-virtanen-4b2a1c', NOW);
    await addPersonEntry(db, ainoProfile(), { type: 'note', text: 'New note', at: NOW }, NOW);
    const view = await restoreDeletedPerson(db, deleted, NOW);
    expect(view.entries.map((entry) => entry.text)).toEqual(['New note', 'Old note']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('renames a tag everywhere, its rhythm and colour with it, and merges it into one that exists', async () => {
    await updatePerson(db, ainoProfile(), { tags: ['Mentors'] }, NOW);
    await updatePerson(db, mikko(), { tags: ['mentors', 'coaches'] }, NOW);
    await updateSettings(db, { tagCadences: { mentors: 30 }, tagColors: { mentors: '#aa0000' } }, NOW);

    expect(await retag(db, 'mentors', 'Advisers', NOW)).toBe(2);
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.tags).toEqual(['Advisers']);
    const settings = await loadSettings(db);
    expect(settings.tagCadences).toEqual({ Advisers: 30 });
    expect(settings.tagColors).toEqual({ Advisers: '#aa0000' });
    expect((await db.contacts.get('aino-virtanen-4b2a1c'))!.dueAt).toBe(startOfDay(dayOf(NOW) + 30));

    await retag(db, 'coaches', 'advisers', NOW);
    expect((await db.contacts.get('mikko-k'))!.tags).toEqual(['Advisers']);
    await retag(db, 'Advisers', null, NOW);
    expect(await listTags(db)).toEqual([]);
  });
});
