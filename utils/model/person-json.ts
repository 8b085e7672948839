/**
 * A person document as text: its canonical JSON, the same wherever it is written (the database, a backup
 * file), so that the same person always gives the same text. The database keeps people this way: one string
 * is far quicker for IndexedDB to store and hand back than a tree of objects, and an export is the stored
 * texts joined.
 */
import { sortedKeys } from './canonical';
import { PERSON_FIELDS, type PersonDoc } from './person';

/** The document's fields in one order: identity, the fields, their times, the deletion, the timeline. */
export function personToJson(doc: PersonDoc): string {
  return JSON.stringify({
    key: doc.key,
    createdAt: doc.createdAt,
    ...Object.fromEntries(PERSON_FIELDS.map((field) => [field, doc[field]])),
    changedAt: sortedKeys(doc.changedAt),
    deletedAt: doc.deletedAt,
    timeline: doc.timeline.map(({ id, rev, past, type, text, at, createdAt, updatedAt, deleted }) => ({
      id,
      rev,
      past,
      type,
      text,
      at,
      createdAt,
      updatedAt,
      ...(deleted && { deleted }),
    })),
  });
}

/** A document from text the store wrote (checked when it came in: a backup or sync validates it first). */
export function personFromJson(json: string): PersonDoc {
  return JSON.parse(json) as PersonDoc;
}
