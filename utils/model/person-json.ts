/**
 * A person document as text: its canonical JSON, the same wherever it is written (the database, a backup
 * file), so that the same person always gives the same text. The database keeps people this way: one string
 * is far quicker for IndexedDB to store and hand back than a tree of objects, and an export is the stored
 * texts joined.
 */
import { sortedKeys } from './canonical';
import { PERSON_FIELDS, type Person } from './person';
import { personFromWire, timelineToWire } from './person-wire';

/** The document's fields in one order: identity, the fields, their times, the deletion, the timeline. */
export function personToJson(doc: Person): string {
  return JSON.stringify({
    key: doc.key,
    createdAt: doc.createdAt,
    ...Object.fromEntries(PERSON_FIELDS.map((field) => [field, doc[field]])),
    changedAt: sortedKeys(doc.changedAt),
    deletedAt: doc.deletedAt,
    timeline: timelineToWire(doc),
    // A newer version's fields, in one order after this version's own (person-wire.ts).
    ...(doc.extra && sortedKeys(doc.extra)),
  });
}

/** A document from text the store wrote (checked when it came in: a backup or sync validates it first). */
export function personFromJson(json: string): Person {
  return personFromWire(JSON.parse(json) as Record<string, unknown>);
}

/** The document as it travels: the flat object a sync or a backup carries, the same as its JSON text. */
export function personToWire(doc: Person): unknown {
  return JSON.parse(personToJson(doc));
}
