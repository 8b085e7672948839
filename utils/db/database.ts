/**
 * The contacts database: IndexedDB through Dexie, in the extension's own origin. Imported by the background
 * (and later extension pages) only; an IndexedDB opened in a content script would belong to linkedin.com.
 *
 * Every schema change is a new numbered version with its upgrade and a test that migrates the previous
 * version's data (DESIGN.md, "Data").
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Interaction } from '../contacts';

export const DATABASE_NAME = 'keep-in-touch';

export class ContactsDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'key'>;
  interactions!: EntityTable<Interaction, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // *aliases: find a person by any slug or id; *tags: the list of tags for autocomplete.
      contacts: 'key, *aliases, *tags, updatedAt',
      // [contactKey+at]: one person's timeline in order (and, by its prefix, all of a person's interactions).
      interactions: 'id, [contactKey+at]',
    });
  }
}
