/**
 * A person document from a contact and their timeline as schema v4 and backup format 1 kept them: every field
 * as changed when the contact was last updated, every entry as one version. Pure.
 */
import type { Contact, Interaction } from '../contacts';
import { PERSON_FIELDS, type PersonDoc, type PersonFields } from './person';
import { heads, type EntryVersion } from './timeline';

type StoredContact = Omit<Contact, 'lastContactAt' | 'dueAt' | 'timelineWords'>;

export function personFromContact(contact: StoredContact, interactions: readonly Interaction[]): PersonDoc {
  const fields: PersonFields = {
    aliases: contact.aliases,
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
  const timeline: EntryVersion[] = interactions.map((entry) => ({
    id: entry.id,
    // The entry's first version: its rev is its id, the same on every device that migrates the same data.
    rev: entry.id.slice(0, 13),
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
