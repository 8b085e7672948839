/**
 * The documents of version 5 as they are stored, frozen here for the upgrades that write or read them: a person
 * is one document (with the time each part changed), kept as canonical JSON text beside its summary row; the
 * settings and templates carry the times that let two versions merge. Version 6 kept every one of these forms.
 */
import type { ContactV4, InteractionTypeV4, SeenProfileV4, TemplateV4 } from './v4-types';
import type { SyncMarkV5 } from './sync-mark';

export interface PersonFieldsV5 {
  aliases: string[];
  profileId: string | null;
  memberId: string | null;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
  email: string;
  tags: string[];
  contactedAt: number | null;
  /** null for none; 'inherit' to follow tags and settings. */
  cadenceDays: number | null | 'inherit';
  cadenceFromTagsOnly: boolean;
  followUpOn: number | null;
  snoozedUntil: number | null;
  connectedAt: number | null;
  lastSeen: SeenProfileV4 | null;
}

/** The fields in the order a document's text lists them. */
export const PERSON_FIELDS_V5 = [
  'aliases',
  'profileId',
  'memberId',
  'name',
  'headline',
  'company',
  'location',
  'photoUrl',
  'email',
  'tags',
  'contactedAt',
  'cadenceDays',
  'cadenceFromTagsOnly',
  'followUpOn',
  'snoozedUntil',
  'connectedAt',
  'lastSeen',
] as const satisfies readonly (keyof PersonFieldsV5)[];

/** One version of a timeline entry: `past` names every version it replaces; a deletion is a version too. */
export interface EntryVersionV5 {
  id: string;
  rev: string;
  past: string[];
  type: InteractionTypeV4;
  text: string;
  at: number;
  createdAt: number;
  updatedAt: number;
  deleted?: true;
}

export interface PersonDocV5 extends PersonFieldsV5 {
  key: string;
  createdAt: number;
  changedAt: Partial<Record<keyof PersonFieldsV5, number>>;
  deletedAt: number | null;
  timeline: EntryVersionV5[];
}

/** A row of `people`: the document as text, whether the person is alive, and the sync mark. */
export interface StoredPersonV5 extends SyncMarkV5 {
  key: string;
  json: string;
  alive: 0 | 1;
}

/** A row of `contacts`: a live person's summary, and the times of their invitations (an index). */
export type ContactRowV5 = ContactV4 & { invitedAt: number[] };

export interface SettingsV5 {
  defaultCadenceDays: number | null;
  tagCadences: Record<string, number>;
  notificationsEnabled: boolean;
  notificationHour: number;
  myName: string;
  noteLimit: 200 | 300;
  monthlyNoteQuota: number;
  tagColors: Record<string, string>;
  lastBackupAt: number | null;
  language: 'browser' | 'en' | 'fi';
  focusSize: { kind: 'count'; count: number } | { kind: 'minutes'; minutesPerWeek: number };
}

/** The settings record: each field with the time it last changed. */
export type StoredSettingsV5 = SettingsV5 & { changedAt: Partial<Record<keyof SettingsV5, number>> } & SyncMarkV5 & {
    key: 'settings';
  };

/** A template record: the newest version wins whole; a deletion is a tombstone. */
export type StoredTemplateV5 = TemplateV4 & { updatedAt: number; deleted?: true } & SyncMarkV5;
