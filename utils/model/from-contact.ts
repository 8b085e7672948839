/**
 * A person document from a contact and their timeline as schema v4 and backup format 1 kept them: every field
 * as changed when the contact was last updated, every entry as one version. Pure.
 */
import type { Contact, Interaction } from '../contacts';
import { PERSON_FIELDS, sortedAliases, type PersonDoc, type PersonFields } from './person';
import { heads, type EntryVersion } from './timeline';

type StoredContact = Omit<Contact, 'lastContactAt' | 'dueAt' | 'timelineWords'>;

/** The fields of a person as a contact summary shows them. */
export function fieldsOfContact(contact: StoredContact): PersonFields {
  return {
    aliases: sortedAliases(contact.aliases),
    profileId: contact.profileId ?? null,
    memberId: contact.memberId ?? null,
    name: contact.name,
    headline: contact.headline,
    company: contact.company,
    location: contact.location,
    photoUrl: contact.photoUrl,
    email: contact.email ?? '',
    tags: contact.tags,
    contactedAt: contact.contactedAt,
    cadenceDays: contact.cadenceDays === undefined ? 'inherit' : contact.cadenceDays,
    cadenceFromTagsOnly: contact.cadenceFromTagsOnly === true,
    followUpOn: contact.followUpOn ?? null,
    snoozedUntil: contact.snoozedUntil ?? null,
    connectedAt: contact.connectedAt ?? null,
    lastSeen: contact.lastSeen ?? null,
  };
}

/** A short hash (FNV-1a, 2 × 32 bits) of what an entry says, as the rev of a version without a history. */
function contentRev(entry: Interaction): string {
  const content = JSON.stringify([entry.id, entry.type, entry.text, entry.at, entry.createdAt, entry.updatedAt]);
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x811c9dc5) ^ (low >>> 7);
  }
  return `v1-${(low >>> 0).toString(36)}${(high >>> 0).toString(36)}`;
}

export function personFromContact(contact: StoredContact, interactions: readonly Interaction[]): PersonDoc {
  const fields = fieldsOfContact(contact);
  const timeline: EntryVersion[] = interactions.map((entry) => ({
    id: entry.id,
    // Named by its content: the same entry, as two devices (or a device and its backup) kept it, is one
    // version; two different texts of it are two, and both stay.
    rev: contentRev(entry),
    past: [],
    type: entry.type,
    text: entry.text,
    at: entry.at,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  }));
  return {
    key: contact.key,
    createdAt: contact.createdAt,
    ...fields,
    changedAt: Object.fromEntries(PERSON_FIELDS.map((field) => [field, contact.updatedAt])),
    deletedAt: null,
    timeline: heads(timeline),
  };
}
