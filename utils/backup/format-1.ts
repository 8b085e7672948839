/**
 * Backup format 1, as the extension wrote it in schema v4's days: read, never written. Its shapes are FROZEN:
 * they are the files users have kept, which every later version must import, so they live apart from the live
 * model and do not follow it. Each contact becomes a person document (personFromContact): every field as
 * changed when the contact was last updated, every entry as one version. Pure.
 *
 * The undo of a delete reuses this shape and conversion (utils/db/people/deletion.ts): a delete answers with
 * the person as a contact summary and its entries, and the undo sends them back.
 */
import * as z from 'zod/mini';
import { sameContent } from '../model/canonical';
import { PERSON_FIELDS, sortedAliases, type Person, type PersonFields } from '../model/person';
import { SETTINGS_FIELDS } from '../model/records';
import { DEFAULT_SETTINGS } from '../settings';
import { rhythmDays, key, PERSON_VALUES, SettingsFields, TemplateFields, text, time } from '../model/schemas';
import { heads, type EntryVersion } from '../model/timeline';
import { BUNDLED_TEMPLATES } from '../templates';
import { BACKUP_FORMAT, BACKUP_LIMITS, type BackupReading } from './file';
import { ENTRY_TYPES, timelinesByPerson, type Entry } from '../model/entry';
import type { Summary } from '../model/summary';

/**
 * A contact as format 1 kept it (and as the dashboard's undo of a delete sends it back). Its values are
 * checked, and cleaned, as every format's are (PERSON_VALUES).
 */
export const BackupContactSchema = z.object({
  key,
  ...PERSON_VALUES,
  profileId: z.optional(text(100)),
  memberId: z.optional(text(30)),
  cadenceDays: z.optional(z.nullable(rhythmDays)),
  cadenceFromTagsOnly: z.optional(z.literal(true)),
  createdAt: time,
  updatedAt: time,
});

/** A timeline entry as format 1 kept it. */
export const BackupInteractionSchema = z.object({
  id: text(100).check(z.minLength(1)),
  contactKey: key,
  type: z.enum(ENTRY_TYPES),
  text: text(20_000),
  at: time,
  createdAt: time,
  updatedAt: time,
});

export type BackupContact = z.infer<typeof BackupContactSchema>;

/** A whole format 1 file. */
export const BackupFormat1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  contacts: z.array(BackupContactSchema).check(z.maxLength(BACKUP_LIMITS.contacts)),
  interactions: z.array(BackupInteractionSchema).check(z.maxLength(BACKUP_LIMITS.interactions)),
  templates: z.array(z.object(TemplateFields)).check(z.maxLength(10_000)),
  settings: z.object(SettingsFields),
});

/**
 * Format 1 as documents: each contact with their entries, every field as changed when the contact was; the
 * templates and settings as older than anything the user changed since (only defaults lose to them).
 */
export function fromFormat1(backup: z.infer<typeof BackupFormat1>): BackupReading {
  const keys = new Set<string>();
  for (const contact of backup.contacts) {
    if (keys.has(contact.key)) return { ok: false, problem: { kind: 'duplicate', key: contact.key } };
    keys.add(contact.key);
  }
  const orphan = backup.interactions.find((interaction) => !keys.has(interaction.contactKey));
  if (orphan) return { ok: false, problem: { kind: 'orphan', id: orphan.id } };
  const timelines = timelinesByPerson(backup.interactions);
  const asShipped = (template: (typeof backup.templates)[number]) =>
    BUNDLED_TEMPLATES.some((shipped) => sameContent(shipped, template));
  return {
    ok: true,
    backup: {
      people: backup.contacts.map((contact) => personFromContact(contact, timelines.get(contact.key) ?? [])),
      templates: backup.templates.map((template) => ({ ...template, updatedAt: asShipped(template) ? 0 : 1 })),
      goals: [],
      settings: {
        ...backup.settings,
        panelPlace: DEFAULT_SETTINGS.panelPlace, // format 1 came long before the side panel
        changedAt: Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, 1])),
      },
    },
  };
}

type StoredContact = Omit<Summary, 'lastContactAt' | 'dueAt' | 'timelineWords'>;

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
function contentRev(entry: Entry): string {
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

/** A contact and their timeline, as format 1 (and a delete's undo) keeps them, as a person document. */
export function personFromContact(contact: StoredContact, interactions: readonly Entry[]): Person {
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
