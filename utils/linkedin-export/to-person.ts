/**
 * A planned person (plan.ts) made into a stored person's document, or added to the one stored: the export fills
 * what is empty and adds the entries the timeline does not have yet (by id, deleted ones too, so that an entry
 * the user deleted does not come back). Nothing the user typed is overwritten, and a last contact the user set
 * later than the export's stays (the last contact is the latest of theirs and every entry). An entry the import
 * wrote and nobody touched since is brought up to date by a newer export (a day's count of messages). Pure.
 */
import { aliasesOf } from '../model/profile';
import { newPerson, setFields, type Person } from '../model/person';
import { heads, type EntryVersion } from '../model/timeline';
import { exportRev, isImportRev } from './ids';
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
      // Never seen on a page: what the export says is what LinkedIn showed, for the first page to bring up to date.
      lastSeen: base.lastSeen ?? { headline: planned.position, company: planned.company, fromExport: true },
    },
    now,
  );
  const versionsById = new Map<string, EntryVersion[]>();
  for (const version of base.timeline) {
    const versions = versionsById.get(version.id);
    if (versions) versions.push(version);
    else versionsById.set(version.id, [version]);
  }
  const added: EntryVersion[] = [];
  for (const entry of planned.entries) {
    const versions = versionsById.get(entry.id);
    if (!versions) {
      // Every field of the version from what it records, none from this moment: two computers importing one
      // export make the very same version, and the merge keeps one (heads() keeps one per id and rev, the first).
      // The rev from what the version says too: computers in two languages make two versions of one entry, and
      // their merge is the same whichever way round, instead of keeping whichever came first.
      added.push({ ...entry, rev: revOf(entry), past: [], createdAt: entry.at, updatedAt: entry.at });
      continue;
    }
    // A day of a conversation that a newer export knows more of (a later message): brought up to date, but only
    // while the entry is as an import wrote it: one live version, never edited or deleted. Words alone (another
    // language, texts no longer kept) change nothing: they would wipe texts the user chose to keep.
    const [only] = versions;
    if (versions.length !== 1 || only!.deleted || !isImportRev(only!.rev)) continue;
    if (entry.at <= only!.at) continue;
    added.push({
      ...entry,
      rev: revOf(entry),
      past: [...only!.past, only!.rev].sort(),
      createdAt: only!.createdAt,
      updatedAt: Math.max(entry.at, only!.updatedAt + 1),
    });
  }
  if (added.length > 0) next = { ...next, timeline: heads([...next.timeline, ...added]) };
  return next;
}

/** An imported version's rev: from its entry's id, day and words, the same wherever it was made. */
function revOf(entry: PlannedPerson['entries'][number]): string {
  return exportRev(`${entry.id}\n${entry.at}\n${entry.text}`);
}
