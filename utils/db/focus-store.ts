/**
 * The weekly focus as stored on this computer: chosen the first time it is asked for in a week (from everyone,
 * their timelines and the goals), then kept, so that the list stays the same all week; the user marks it.
 * Done is being in touch (the person's last contact), and snooze puts their reminder off to next week.
 */
import { effectiveRhythm } from '../followups';
import {
  focusForWeek,
  focusSize,
  markFocus,
  withContactsThisWeek,
  withDueAsOfNow,
  type FocusState,
  type FocusWeek,
} from '../plan/focus';
import { isActiveGoal } from '../plan/goals';
import { weekOf, type Week, type Weekday } from '../plan/week';
import { noonOfDay } from '../time';
import type { Database, StoredFocus } from './database';
import { listGoals } from './goals-store';
import { markFollowUpDone, snoozeFollowUp, type UndoableFollowUp } from './people/follow-ups';
import { readTimelines } from './people/read';
import { loadSettings } from './settings-store';

/** One person of the focus as the popup shows them. */
export type FocusPerson = FocusWeek['items'][number] & { name: string; headline: string };

export interface FocusView {
  week: Week;
  items: FocusPerson[];
}

/**
 * What the people stored are, in one cheap look (an index's last key and a count): a short focus is topped up
 * only when this has changed since, not by reading everyone each time the popup opens.
 */
async function peopleBasis(db: Database): Promise<string> {
  const [count, latest] = await Promise.all([db.contacts.count(), db.contacts.orderBy('updatedAt').last()]);
  return `${count} ${latest?.updatedAt ?? 0}`;
}

/**
 * This week's focus: the one saved for this week, or a new one chosen and saved (older weeks are dropped). A
 * saved one that is short of the focus size is topped up (plan/focus.ts) once people have changed since; one
 * that is full is kept without reading everyone (who has been deleted since is left out as it is shown).
 */
async function focusOfWeek(db: Database, week: Week, now: number): Promise<StoredFocus> {
  const [saved, settings, basis] = await Promise.all([db.focus.get(week.id), loadSettings(db), peopleBasis(db)]);
  const size = focusSize(settings.focusSize);
  if (saved && (saved.items.length >= size || saved.basis === basis)) return saved;
  // The summary rows are the contacts as the lists see them (last contact, due time worked out already).
  const [contacts, timelines, goals] = await Promise.all([db.contacts.toArray(), readTimelines(db), listGoals(db)]);
  const active = goals.filter((goal) => isActiveGoal(goal, now));
  const focus = focusForWeek(saved ?? null, { contacts, timelines, goals: active, settings, week, size, now });
  const stored = { ...focus, basis };
  await db.focus.clear();
  await db.focus.put(stored);
  return stored;
}

/**
 * The focus with each person's name, leaving out anyone deleted since it was chosen, counting as done
 * whoever has been in touch this week by any way, and saying how each is due as of now.
 */
async function viewOf(db: Database, week: Week, focus: FocusWeek, now: number): Promise<FocusView> {
  const rows = await db.contacts.bulkGet(focus.items.map((item) => item.key));
  const byKey = new Map(rows.flatMap((row) => (row ? [[row.key, row]] : [])));
  const asOfNow = withContactsThisWeek(focus, (key) => byKey.get(key)?.lastContactAt ?? null, week);
  const settings = await loadSettings(db);
  const items = asOfNow.items.flatMap((item) => {
    const row = byKey.get(item.key);
    if (!row) return [];
    const due = { dueAt: row.dueAt, rhythmDays: effectiveRhythm(row, settings).days };
    const reasons = withDueAsOfNow(item.reasons, due, week, now);
    return [{ ...item, reasons, name: row.name, headline: row.headline }];
  });
  return { week, items };
}

/** This week's focus, chosen now if it is the week's first look. */
export function weeklyFocus(db: Database, now: number, weekStartsOn: Weekday): Promise<FocusView> {
  return db.transaction('rw', [db.focus, db.people, db.contacts, db.goals, db.settings], async () => {
    const week = weekOf(now, weekStartsOn);
    return viewOf(db, week, await focusOfWeek(db, week, now), now);
  });
}

/**
 * Marks a person of this week's focus. Done logs being in touch today and snoozed puts their reminder off to the
 * week's end, as the popup's due list does; the answer carries that change's undo, and `open` (the undo of a
 * mark) only reopens the item.
 */
export function markFocusItem(
  db: Database,
  key: string,
  state: FocusState,
  now: number,
  weekStartsOn: Weekday,
): Promise<FocusView & { undo: UndoableFollowUp['undo'] | null }> {
  return db.transaction('rw', [db.focus, db.people, db.contacts, db.goals, db.settings], async () => {
    const week = weekOf(now, weekStartsOn);
    const saved = await focusOfWeek(db, week, now);
    const focus = markFocus(saved, key, state);
    await db.focus.put({ ...focus, basis: saved.basis });
    let changed: UndoableFollowUp | null = null;
    if (state === 'done') changed = await markFollowUpDone(db, key, '', now);
    if (state === 'snoozed') changed = await snoozeFollowUp(db, key, noonOfDay(week.lastDay + 1), now);
    return { ...(await viewOf(db, week, focus, now)), undo: changed?.undo ?? null };
  });
}
