/** What the panel and the dashboard show of one person: their view, worked out from what is stored. */
import { effectiveRhythm, type RhythmSettings } from '../../followups';
import { keptAfterDeletion, type Person } from '../../model/person';
import { summaryOfPerson, timelineOf } from '../../model/views';
import type { Database } from '../database';
import { savePeople } from './write';
import type { ProfileChange } from '../../model/profile';
import type { Summary, PersonView, PossibleDuplicate } from '../../model/summary';

function byCreation(a: Summary, b: Summary): number {
  return a.createdAt - b.createdAt || a.key.localeCompare(b.key);
}

/**
 * Other stored people that share a stored id with this one: maybe the same person saved twice (two browsers, a
 * backup, sync). Ids a page only claims are not evidence here (samePageIds).
 */
export async function possibleDuplicates(db: Database, doc: Person): Promise<PossibleDuplicate[]> {
  const others = await db.contacts.where('aliases').anyOf(doc.aliases).distinct().toArray();
  return others
    .filter((other) => other.key !== doc.key)
    .sort(byCreation)
    .map(({ key, name, headline }) => ({ key, name, headline }));
}

/** What is shown of someone not saved yet: nothing but the rhythm they would have. */
export function emptyView(settings: RhythmSettings, samePageIds = 0): PersonView {
  const rhythm = effectiveRhythm({ tags: [] }, settings);
  return { summary: null, entries: [], changes: [], rhythm, sameAs: [], samePageIds };
}

/** What a view says beside the stored person, when it answers a reading of their page. */
export interface PageContext {
  /** What the page shows changed since the last visit. */
  changes?: ProfileChange[];
  /** How many others hold an id only the page claims. */
  samePageIds?: number;
}

/** What the panel shows of a stored person. */
export async function viewOf(
  db: Database,
  doc: Person,
  settings: RhythmSettings,
  { changes = [], samePageIds = 0 }: PageContext = {},
): Promise<PersonView> {
  const entries = timelineOf(doc);
  const summary = summaryOfPerson(doc, settings, entries);
  return {
    summary,
    entries,
    changes,
    rhythm: effectiveRhythm(summary, settings),
    sameAs: await possibleDuplicates(db, doc),
    samePageIds,
    ...(keptAfterDeletion(doc) && { keptAfterDeletion: true as const }),
  };
}

/** Saves one person and answers with their view. */
export async function saveAndView(
  db: Database,
  doc: Person,
  settings: RhythmSettings,
  page: PageContext = {},
): Promise<PersonView> {
  await savePeople(db, [doc], settings);
  return viewOf(db, doc, settings, page);
}
