/**
 * A planned person (plan.ts) made into a stored person's document, or added to the one stored: the export fills
 * what is empty and adds the entries the timeline does not have yet (by id, deleted ones too, so that an entry
 * the user deleted does not come back). Nothing the user typed is overwritten, and a last contact the user set
 * later than the export's stays (the last contact is the latest of theirs and every entry). Pure.
 */
import { aliasesOf } from '../model/profile';
import { newPerson, setFields, type Person } from '../model/person';
import { heads, type EntryVersion } from '../model/timeline';
import { exportRev } from './ids';
import type { PlannedPerson } from './plan';

/** The person with what the export says of them; `stored` itself when it says nothing new. */
export function personWithExport(stored: Person | undefined, planned: PlannedPerson, now: number): Person {
  const { key, slug, profileId } = planned;
  const base =
    stored ??
    newPerson(
      key,
      // The user's own export, not a page: every id its address gives is theirs.
      { aliases: aliasesOf({ key, slug, profileId }), profileId: profileId ?? null },
      now,
    );
  let next = setFields(
    base,
    {
      name: base.name || planned.name,
      headline: base.headline || planned.position,
      company: base.company || planned.company,
      email: base.email || planned.email,
      connectedAt: base.connectedAt ?? planned.connectedAt,
    },
    now,
  );
  const known = new Set(base.timeline.map((version) => version.id));
  const added: EntryVersion[] = planned.entries
    .filter((entry) => !known.has(entry.id))
    .map((entry) => ({ ...entry, rev: exportRev(entry.id), past: [], createdAt: now, updatedAt: now }));
  if (added.length > 0) next = { ...next, timeline: heads([...next.timeline, ...added]) };
  return next;
}
