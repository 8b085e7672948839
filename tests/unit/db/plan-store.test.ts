/**
 * The plan's stores: goals (saved, edited, deleted as tombstones, backed up), and the weekly focus, chosen at
 * the week's first look and kept all week, with done and snooze acting on the person as the popup's due list does.
 */
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, readEverything } from '@/utils/db/backup/export';
import { wipeEverything } from '@/utils/db/backup/wipe';
import type { Database } from '@/utils/db/database';
import { markFocusItem, weeklyFocus } from '@/utils/db/focus-store';
import { deleteGoal, listGoals, saveGoal } from '@/utils/db/goals-store';
import { addPersonEntry } from '@/utils/db/people/entries';
import { markFollowUpDone } from '@/utils/db/people/follow-ups';
import { savePeople } from '@/utils/db/people/write';
import { loadSettings, updateSettings } from '@/utils/db/settings-store';
import { newPerson } from '@/utils/model/person';
import { DAY_MS } from '@/utils/time';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { goalInput } from '../../helpers/plan';
import { applyImport, planImport, readBackup } from '../../helpers/whole-import';
import { useTestDatabase } from '../../helpers/test-database';

// A Wednesday; weeks start on Monday (fi-FI).
const NOW = Date.UTC(2026, 11, 2, 9);
const MONDAY = 1;
let db: Database;

useTestDatabase((fresh) => (db = fresh));

const goal = goalInput({
  id: '0b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
  title: 'Meet two mentors a month',
  measure: 'meetings',
  per: 'month',
});

/** People last in touch `daysAgo` days ago on a monthly rhythm: the larger, the more overdue. */
async function overduePeople(...daysAgo: number[]) {
  const people = daysAgo.map((days, at) =>
    newPerson(
      `person-${at}`,
      { name: `Person ${at}`, aliases: [`person-${at}`], cadenceDays: 30, contactedAt: NOW - days * DAY_MS },
      NOW - 400 * DAY_MS,
    ),
  );
  await savePeople(db, people, await loadSettings(db));
}

describe('goals', () => {
  it('are saved, edited (keeping when they were made) and deleted', async () => {
    expect(await saveGoal(db, goal, NOW)).toMatchObject([{ title: goal.title, createdAt: NOW, updatedAt: NOW }]);
    const [edited] = await saveGoal(db, { ...goal, target: 3 }, NOW + 1000);
    expect(edited).toMatchObject({ target: 3, createdAt: NOW, updatedAt: NOW + 1000 });
    expect(await deleteGoal(db, goal.id, NOW + 2000)).toEqual([]);
    // The deletion stays, to reach other computers, and waits to be synced.
    expect(await db.goals.get(goal.id)).toMatchObject({ deleted: true, pending: 1 });
  });

  it('go into a backup and come back from it', async () => {
    await saveGoal(db, goal, NOW);
    const file = await exportBackup(db);
    await wipeEverything(db);
    expect(await listGoals(db)).toEqual([]);
    const reading = readBackup(file);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    const plan = planImport(await readEverything(db), reading.backup);
    expect(plan.summary.goalsAdded).toBe(1);
    await applyImport(db, plan);
    expect(await listGoals(db)).toMatchObject([{ ...goal, createdAt: NOW }]);
    expect(await exportBackup(db)).toBe(file);
  });

  it('are none in a backup written before goals existed, whose settings have the default focus', () => {
    // As settings were written before the weekly focus existed.
    const { focusSize: _focusSize, ...settings } = { ...DEFAULT_SETTINGS, changedAt: {} };
    const older = { format: 'keep-in-touch-backup', version: 2, people: [], templates: [], settings };
    expect(readBackup(JSON.stringify(older))).toMatchObject({
      ok: true,
      backup: { goals: [], settings: { focusSize: { kind: 'count', count: 3 } } },
    });
  });
});

describe('the weekly focus', () => {
  it('holds the three most overdue of five, and stays the same all week', async () => {
    await overduePeople(40, 100, 35, 70, 50);
    const focus = await weeklyFocus(db, NOW, MONDAY);
    expect(focus.week.id).toBe('2026-11-30');
    expect(focus.items.map((item) => item.key)).toEqual(['person-1', 'person-3', 'person-4']);
    expect(focus.items[0]).toMatchObject({ name: 'Person 1', state: 'open', reasons: [{ kind: 'overdue', days: 70 }] });

    // Someone more overdue appears on Friday: the week's list does not change under the user.
    await overduePeople(40, 100, 35, 70, 50, 200);
    const friday = await weeklyFocus(db, NOW + 2 * DAY_MS, MONDAY);
    expect(friday.items.map((item) => item.key)).toEqual(['person-1', 'person-3', 'person-4']);
    // Next Monday, a new choice.
    const next = await weeklyFocus(db, NOW + 5 * DAY_MS, MONDAY);
    expect(next.week.id).toBe('2026-12-07');
    expect(next.items.map((item) => item.key)).toContain('person-5');
    expect(await db.focus.count()).toBe(1);
  });

  it('found empty before the network was imported, fills at the next look', async () => {
    expect((await weeklyFocus(db, NOW, MONDAY)).items).toEqual([]);
    await overduePeople(40, 100, 35, 70);
    expect((await weeklyFocus(db, NOW + DAY_MS, MONDAY)).items.map((item) => item.key)).toEqual([
      'person-1',
      'person-3',
      'person-0',
    ]);
  });

  it('short, reads everyone again only once people have changed', async () => {
    await overduePeople(40);
    const reads = vi.spyOn(db.people, 'toArray');
    await weeklyFocus(db, NOW, MONDAY);
    await weeklyFocus(db, NOW, MONDAY);
    expect(reads).toHaveBeenCalledTimes(1);
    await overduePeople(40, 100);
    expect((await weeklyFocus(db, NOW, MONDAY)).items.map((item) => item.key)).toEqual(['person-0', 'person-1']);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('is sized by the settings: a count, or a weekly time budget', async () => {
    await overduePeople(40, 100, 35, 70, 50, 60);
    await updateSettings(db, { focusSize: { kind: 'minutes', minutesPerWeek: 50 } }, NOW);
    expect((await weeklyFocus(db, NOW, MONDAY)).items).toHaveLength(5);
  });

  it('marks done as being in touch today, so the person is no longer due', async () => {
    await overduePeople(40, 100, 35);
    const { items, undo } = await markFocusItem(db, 'person-1', 'done', NOW, MONDAY);
    expect(items.find((item) => item.key === 'person-1')!.state).toBe('done');
    expect(undo).toMatchObject({ key: 'person-1' });
    const row = (await db.contacts.get('person-1'))!;
    expect(row.lastContactAt).toBe(NOW);
    expect(row.dueAt! > NOW).toBe(true);
    expect(await db.contacts.where('dueAt').belowOrEqual(NOW).count()).toBe(2);
  });

  it('counts as done whoever was in touch this week by any way: a message logged, Done in the due list', async () => {
    await overduePeople(40, 100, 35);
    expect((await weeklyFocus(db, NOW, MONDAY)).items.every((item) => item.state === 'open')).toBe(true);
    await addPersonEntry(db, { key: 'person-1' }, { type: 'message', text: 'How are things?', at: NOW }, NOW);
    await markFollowUpDone(db, 'person-2', '', NOW);
    const { items } = await weeklyFocus(db, NOW, MONDAY);
    expect(items.map((item) => [item.key, item.state])).toEqual([
      ['person-1', 'done'],
      ['person-0', 'open'],
      ['person-2', 'done'],
    ]);
    // A private note is not being in touch.
    await addPersonEntry(db, { key: 'person-0' }, { type: 'note', text: 'Likes sailing', at: NOW }, NOW);
    expect((await weeklyFocus(db, NOW, MONDAY)).items[1]!.state).toBe('open');
  });

  it('snoozes to next week, and skips without touching the person', async () => {
    await overduePeople(40, 100, 35);
    await markFocusItem(db, 'person-0', 'snoozed', NOW, MONDAY);
    expect((await db.contacts.get('person-0'))!.dueAt).toBe(new Date(2026, 11, 7).getTime());
    const before = await db.people.get('person-2');
    const { items } = await markFocusItem(db, 'person-2', 'skipped', NOW, MONDAY);
    expect(items.map((item) => item.state)).toEqual(['open', 'snoozed', 'skipped']);
    expect((await db.people.get('person-2'))!.json).toBe(before!.json);
  });

  it('leaves out someone deleted since it was chosen', async () => {
    await overduePeople(40, 100, 35);
    await weeklyFocus(db, NOW, MONDAY);
    await db.contacts.delete('person-1');
    expect((await weeklyFocus(db, NOW, MONDAY)).items.map((item) => item.key)).toEqual(['person-0', 'person-2']);
  });
});
