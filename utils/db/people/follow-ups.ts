/** Keeping in touch: who is due, and the popup's Done, Snooze and their undo. */
import { effectiveRhythm, mostUrgentFirst, type FollowUp } from '../../followups';
import { setFields, type Person } from '../../model/person';
import { addEntry, deleteEntry } from '../../model/timeline';
import { timelineOf } from '../../model/views';
import { endOfComingWeek } from '../../time';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { livePerson } from './read';
import { saveAndView } from './view';
import { inTransaction } from './write';
import type { Summary, PersonView } from '../../model/summary';

/**
 * Who is due now, most overdue relative to their rhythm first, and who comes due in the coming week. Both are
 * ranges of the dueAt index.
 */
export async function listFollowUps(db: Database, now: number): Promise<{ due: FollowUp[]; upcoming: FollowUp[] }> {
  const settings = await loadSettings(db);
  const toFollowUp = (contact: Summary): FollowUp => ({
    key: contact.key,
    name: contact.name,
    headline: contact.headline,
    lastContactAt: contact.lastContactAt,
    dueAt: contact.dueAt!,
    cadenceDays: effectiveRhythm(contact, settings).days,
  });
  const due = (await db.contacts.where('dueAt').belowOrEqual(now).toArray()).map(toFollowUp);
  due.sort(mostUrgentFirst(now));
  const upcoming = await db.contacts.where('dueAt').between(now, endOfComingWeek(now), false, false).sortBy('dueAt');
  return { due, upcoming: upcoming.map(toFollowUp) };
}

/** What the popup's Done or Snooze changed, as it was before, so that its Undo can put it back. */
export interface FollowUpUndo {
  key: string;
  contactedAt: number | null;
  snoozedUntil: number | null;
  /** The note Done added, if any. */
  noteId: string | null;
}

/** A follow-up's new view, and how to undo what made it. */
export type UndoableFollowUp = PersonView & { undo: FollowUpUndo };

function undoOf(doc: Person, noteId: string | null = null): FollowUpUndo {
  return { key: doc.key, contactedAt: doc.contactedAt, snoozedUntil: doc.snoozedUntil, noteId };
}

/** "Done": in touch today, with an optional note on the timeline. */
export function markFollowUpDone(db: Database, key: string, note: string, now: number): Promise<UndoableFollowUp> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, key);
    const noteId = note.trim() ? crypto.randomUUID() : null;
    const timeline = noteId ? addEntry(doc.timeline, { type: 'note', text: note, at: now }, now, noteId) : doc.timeline;
    const done = { ...setFields(doc, { contactedAt: now }, now), timeline };
    return { ...(await saveAndView(db, done, await loadSettings(db))), undo: undoOf(doc, noteId) };
  });
}

/** Not due before `until` (a local day's noon). */
export function snoozeFollowUp(db: Database, key: string, until: number, now: number): Promise<UndoableFollowUp> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, key);
    const snoozed = setFields(doc, { snoozedUntil: until }, now);
    return { ...(await saveAndView(db, snoozed, await loadSettings(db))), undo: undoOf(doc) };
  });
}

/**
 * Undo of Done or Snooze: the last contact and the snooze as they were, and the note Done added gone. The note
 * goes only if it is that person's note: the id comes from a page.
 */
export function undoFollowUp(db: Database, undo: FollowUpUndo, now: number): Promise<PersonView> {
  return inTransaction(db, async () => {
    const doc = await livePerson(db, undo.key);
    const note = timelineOf(doc).find((entry) => entry.id === undo.noteId && entry.type === 'note');
    const timeline = (note && deleteEntry(doc.timeline, note.id, now)) || doc.timeline;
    const fields = { contactedAt: undo.contactedAt, snoozedUntil: undo.snoozedUntil };
    return saveAndView(db, { ...setFields(doc, fields, now), timeline }, await loadSettings(db));
  });
}
