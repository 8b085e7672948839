/**
 * The documents as zod schemas: what a backup file or a sync may bring, checked field by field before it is
 * merged with anything stored. Their times and texts are bounded as the store's own are.
 */
import * as z from 'zod/mini';
import { cleanText } from '../clean-text';
import { withTextCleaned, type Person } from './person';
import { personFromWire } from './person-wire';
import { ENTRY_TEXT_MAX, isReadableEntry } from './timeline';
import { DEFAULT_SETTINGS } from '../settings';
import { SETTINGS_FIELDS, SYNCED_SETTINGS_FIELDS } from './records';
import { ENTRY_TYPES } from './entry';

export const text = (max: number) => z.string().check(z.maxLength(max));
export const time = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));
export const rhythmDays = z.number().check(z.int(), z.gte(1), z.lte(3650));
export const key = text(200).check(z.minLength(1));
export const aliases = z.array(text(200)).check(z.minLength(1), z.maxLength(100));
export const tags = z.array(text(60)).check(z.maxLength(100));
export const photoUrl = z.string().check(z.maxLength(4000), z.regex(/^(?:https:\/\/media\.licdn\.com\/.*)?$/));
/**
 * One line of a person's text (name, headline, company, location), cleaned as it comes in (clean-text.ts):
 * every way a person reaches the store passes here but LinkedIn's Connections.csv, which cleans its own.
 */
export const personText = (max: number) => text(max).check(z.overwrite(cleanText));
export const lastSeen = z.nullable(
  z.object({ headline: personText(1000), company: personText(300), fromExport: z.optional(z.literal(true)) }),
);

/** What a person is, as every format writes it: who they are and what the user set, each field bounded. */
export const PERSON_VALUES = {
  aliases,
  name: personText(300),
  headline: personText(1000),
  company: personText(300),
  location: personText(300),
  photoUrl,
  email: text(320),
  tags,
  contactedAt: z.nullable(time),
  followUpOn: z.nullable(time),
  snoozedUntil: z.nullable(time),
  connectedAt: z.nullable(time),
  lastSeen,
};

const rev = text(40).check(z.minLength(1));

/**
 * What an entry of LinkedIn's export records (export-said.ts): a kind this version knows, its figures checked; a
 * figure a newer version added is carried, as any field it added. (A kind it does not know makes the version one
 * this version cannot read: timeline.ts, isReadableEntry.)
 */
const ExportSaidSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('connected') }),
  z.looseObject({ kind: z.literal('messages'), count: z.int().check(z.positive()), title: text(ENTRY_TEXT_MAX) }),
  z.looseObject({ kind: z.enum(['invitationSent', 'invitedYou']), note: text(ENTRY_TEXT_MAX) }),
  z.looseObject({ kind: z.enum(['endorsed', 'endorsedYou']), skill: text(ENTRY_TEXT_MAX) }),
  z.looseObject({ kind: z.enum(['recommended', 'recommendedYou']), text: text(ENTRY_TEXT_MAX) }),
]);

/** A version of an entry this version can read (timeline.ts, isReadableEntry): every field checked. */
const EntryVersionSchema = z.looseObject({
  id: text(100).check(z.minLength(1)),
  rev,
  past: z.array(rev).check(z.maxLength(1000)),
  type: z.enum(ENTRY_TYPES),
  text: text(ENTRY_TEXT_MAX),
  said: z.optional(ExportSaidSchema),
  at: time,
  createdAt: time,
  updatedAt: time,
  deleted: z.optional(z.literal(true)),
});

/**
 * A version a newer version wrote that this one cannot read: what merging needs of it is checked as strictly as
 * ever; the rest is carried, never read. A version of a known type whose fields fail is not this, but an error.
 */
const ForeignVersionSchema = z.looseObject({
  id: text(100).check(z.minLength(1)),
  rev,
  past: z.array(rev).check(z.maxLength(1000)),
  createdAt: time,
  updatedAt: time,
  deleted: z.optional(z.literal(true)),
});

const TimelineVersionSchema = z.unknown().check(
  z.superRefine((version, context) => {
    const readable = typeof version === 'object' && version !== null && isReadableEntry(version);
    const parsed = (readable ? EntryVersionSchema : ForeignVersionSchema).safeParse(version);
    for (const { message, path } of parsed.error?.issues ?? []) {
      context.addIssue({ code: 'custom', message, path, input: version });
    }
  }),
);

/**
 * A person document (person.ts) as backups of format 2 and sync bring it, whichever version of the extension
 * wrote it: this version's fields checked as strictly as ever, a newer one's (and the times they changed)
 * carried as they came (person-wire.ts).
 */
export const PersonSchema = z.pipe(
  z.looseObject({
    key,
    createdAt: time,
    ...PERSON_VALUES,
    // As written: cleaned below, where the time of a field cleaning changes can be moved on too.
    name: text(300),
    headline: text(1000),
    company: text(300),
    location: text(300),
    lastSeen: z.nullable(
      z.object({ headline: text(1000), company: text(300), fromExport: z.optional(z.literal(true)) }),
    ),
    profileId: z.nullable(text(100)),
    memberId: z.nullable(text(30)),
    cadenceDays: z.union([z.nullable(rhythmDays), z.literal('inherit')]),
    cadenceFromTagsOnly: z.boolean(),
    // Times of this version's fields and of a newer one's, each a time as ever.
    changedAt: z.record(text(100), time).check(z.refine((stamps) => Object.keys(stamps).length <= 200)),
    deletedAt: z.nullable(time),
    timeline: z.array(TimelineVersionSchema).check(z.maxLength(100_000)),
  }),
  z.transform((doc): Person => withTextCleaned(personFromWire(doc))),
);

export const TemplateFields = {
  id: text(100).check(z.minLength(1)),
  name: text(100).check(z.minLength(1)),
  kind: z.enum(['invitation', 'follow-up']),
  language: z.enum(['en', 'fi']),
  body: text(2000),
};

/** The weekly focus's size (utils/plan/focus.ts): 1–10 people, or a budget of 5 minutes to 10 hours a week. */
export const FocusSizingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().check(z.int(), z.gte(1), z.lte(10)) }),
  z.object({ kind: z.literal('minutes'), minutesPerWeek: z.number().check(z.int(), z.gte(5), z.lte(600)) }),
]);

export const PanelPlaceSchema = z.enum(['in-page', 'side-panel']);

export const SettingsFields = {
  defaultCadenceDays: z.nullable(rhythmDays),
  tagCadences: z.record(text(60), rhythmDays),
  notificationsEnabled: z.boolean(),
  notificationHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  myName: text(100),
  noteLimit: z.union([z.literal(200), z.literal(300)]),
  monthlyNoteQuota: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  tagColors: z.record(text(60), z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
  lastBackupAt: z.nullable(time),
  language: z.enum(['browser', 'en', 'fi']),
  // Settings saved before the weekly focus existed have none: they get the default.
  focusSize: z._default(FocusSizingSchema, DEFAULT_SETTINGS.focusSize),
  // Where the panel lives, chosen since the side panel came: absent from settings saved before, and then read
  // as the default (settings-store.ts), with no upgrade of the database for a field of this computer only.
  panelPlace: z.optional(PanelPlaceSchema),
};

export const TemplateDocSchema = z.object({ ...TemplateFields, updatedAt: time, deleted: z.optional(z.literal(true)) });

export const SettingsDocSchema = z.object({
  ...SettingsFields,
  changedAt: z.partialRecord(z.enum(SETTINGS_FIELDS), time),
});

/** The settings as sync carries them: the fields every computer shares (records.ts), with their times. */
export const SyncedSettingsSchema = z.object({
  ...Object.fromEntries(SYNCED_SETTINGS_FIELDS.map((field) => [field, SettingsFields[field]])),
  changedAt: z.partialRecord(z.enum(SYNCED_SETTINGS_FIELDS), time),
});
