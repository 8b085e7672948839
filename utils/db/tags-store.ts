/**
 * Tags as tiers (mentors, former colleagues, …): renaming one, merging two, removing one. A tag lives in every
 * person who has it and in the settings (its rhythm, its colour); these change all of them in one transaction.
 */
import { setFields, type Person } from '../model/person';
import { setSettings } from '../model/records';
import { renamedEntry } from '../tag-maps';
import type { Database } from './database';
import { readPerson } from './people/read';
import { inTransaction, savePeople } from './people/write';
import { loadSettingsDoc, saveSettingsDoc } from './settings-store';
import { normalizeTags } from '../model/summary';

/**
 * Renames tag `from` to `to` on everyone who has it (any case); when `to` already exists the two tags become
 * one. `to` null removes the tag. Answers with how many people changed.
 */
export function retag(db: Database, from: string, to: string | null, now: number): Promise<number> {
  const target = to === null ? null : (normalizeTags([to])[0] ?? null);
  return inTransaction(db, async () => {
    const before = await loadSettingsDoc(db);
    const settings = setSettings(
      before,
      {
        tagCadences: renamedEntry(before.tagCadences, from, target),
        tagColors: renamedEntry(before.tagColors, from, target),
      },
      now,
    );
    if (settings !== before) await saveSettingsDoc(db, settings);
    const folded = from.toLocaleLowerCase();
    const keys = await db.contacts.where('tags').equalsIgnoreCase(from).primaryKeys();
    const tagged = (await Promise.all([...new Set(keys)].map((key) => readPerson(db, key)))) as Person[];
    const retagged = tagged.map((doc) => {
      const tags = doc.tags.flatMap((tag) => (tag.toLocaleLowerCase() !== folded ? [tag] : target ? [target] : []));
      return setFields(doc, { tags: normalizeTags(tags) }, now);
    });
    await savePeople(db, retagged, settings);
    return retagged.length;
  });
}

/** Every tag in use, sorted as the user's language sorts. */
export async function listTags(db: Database): Promise<string[]> {
  const tags = (await db.contacts.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
