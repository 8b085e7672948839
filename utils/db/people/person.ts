/** One person's fields: what we know of them (a view) and the user's edits of their fields. */
import { assertWithinBound } from '../../date-input';
import { setFields, type PersonFields } from '../../model/person';
import type { Database } from '../database';
import { loadSettings } from '../settings-store';
import { identify, isOnPage, personToEdit, refreshed, withChangesRecorded } from './page';
import { livePerson } from './read';
import { emptyView, saveAndView, viewOf } from './view';
import { inTransaction } from './write';
import { normalizeTags, type PersonView, type Whom } from '../../model/summary';

/**
 * What we know of a person. Viewing a page creates nothing, and writes only when it links the page's unclaimed
 * ids or notices changes.
 */
export function viewPerson(db: Database, person: Whom, now: number): Promise<PersonView> {
  return inTransaction(db, async () => {
    const settings = await loadSettings(db);
    if (!isOnPage(person)) return viewOf(db, await livePerson(db, person.key), settings);
    const { doc: found, claimedBy } = await identify(db, person);
    if (!found) return emptyView(settings, claimedBy.length);
    const { doc, changes } = refreshed(found, person, now);
    const page = { changes, samePageIds: claimedBy.length };
    if (doc === found) return viewOf(db, found, settings, page);
    return saveAndView(db, withChangesRecorded(doc, changes, now), settings, page);
  });
}

export interface PersonPatch {
  name?: string;
  headline?: string;
  company?: string;
  tags?: string[];
  contactedAt?: number | null;
  /** Days, null for none, or 'inherit' to follow tags and settings again. */
  cadenceDays?: number | null | 'inherit';
  followUpOn?: number | null;
  snoozedUntil?: number | null;
}

/** The fields a patch sets: only those given, so that two tabs editing different fields both keep their edit. */
function fieldsOfPatch(patch: PersonPatch): Partial<PersonFields> {
  return {
    ...(patch.name !== undefined && { name: patch.name.trim() }),
    ...(patch.headline !== undefined && { headline: patch.headline.trim() }),
    ...(patch.company !== undefined && { company: patch.company.trim() }),
    ...(patch.tags !== undefined && { tags: normalizeTags(patch.tags) }),
    ...(patch.contactedAt !== undefined && { contactedAt: patch.contactedAt }),
    // Any choice of rhythm ends an import's "tags only".
    ...(patch.cadenceDays !== undefined && { cadenceDays: patch.cadenceDays, cadenceFromTagsOnly: false }),
    ...(patch.followUpOn !== undefined && { followUpOn: patch.followUpOn }),
    ...(patch.snoozedUntil !== undefined && { snoozedUntil: patch.snoozedUntil }),
  };
}

/** Edits a person's fields; the page's person is made on the first edit. */
export function updatePerson(db: Database, person: Whom, patch: PersonPatch, now: number): Promise<PersonView> {
  return inTransaction(db, async () => {
    assertWithinBound('A last contact', patch.contactedAt, 'not-future', now);
    assertWithinBound('A follow-up', patch.followUpOn, 'not-past', now);
    const { doc, samePageIds } = await personToEdit(db, person, now);
    return saveAndView(db, setFields(doc, fieldsOfPatch(patch), now), await loadSettings(db), { samePageIds });
  });
}
