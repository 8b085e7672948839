/**
 * Tags as tiers (mentors, former colleagues, …): renaming one, merging two, removing one. A tag lives in every
 * contact that has it and in the settings (its cadence, its colour); these change all of them in one transaction.
 */
import { normalizeTags, type Contact } from '../contacts';
import { dueAtOf } from '../followups';
import type { Settings } from '../settings';
import { renamedEntry } from '../tag-maps';
import { loadSettings, type ContactsDatabase } from './database';

/**
 * Renames tag `from` to `to` on everyone who has it (any case); when `to` already exists the two tags become
 * one. `to` null removes the tag. Answers with how many people changed.
 */
export function retag(db: ContactsDatabase, from: string, to: string | null, now: number): Promise<number> {
  const target = to === null ? null : (normalizeTags([to])[0] ?? null);
  return db.transaction('rw', db.contacts, db.settings, async () => {
    const before = await loadSettings(db);
    const settings: Settings = {
      ...before,
      tagCadences: renamedEntry(before.tagCadences, from, target),
      tagColors: renamedEntry(before.tagColors, from, target),
    };
    await db.settings.put({ ...settings, key: 'settings' });
    const folded = from.toLocaleLowerCase();
    const tagged = await db.contacts.where('tags').equalsIgnoreCase(from).distinct().toArray();
    const retagged = tagged.map((contact): Contact => {
      const tags = contact.tags.flatMap((tag) => (tag.toLocaleLowerCase() !== folded ? [tag] : target ? [target] : []));
      const edited = { ...contact, tags: normalizeTags(tags), updatedAt: now };
      return { ...edited, dueAt: dueAtOf(edited, settings) };
    });
    await db.contacts.bulkPut(retagged);
    return retagged.length;
  });
}
