/**
 * Every message between the extension's parts: one entry per message, with the zod schema of its payload.
 * The background parses every payload with these schemas: a message from a content script may have been
 * crafted by the page. Senders import only the types (`import type`), so zod stays out of the content script.
 */
import * as z from 'zod/mini';
import { LOGGED_TYPES, type ContactView } from './contacts';
import { BackupContactSchema, BackupInteractionSchema, FocusSizingSchema, personText } from './model/schemas';
import { GoalInputSchema } from './plan/goal-schema';
import type { Goal } from './plan/goals';
import type { FocusView } from './db/focus-store';
import type { DeletedContact, FollowUpUndo, PageClaims, UndoableFollowUp } from './db/people-store';
import type { SyncStatus } from './db/sync-state';
import type { FollowUp } from './followups';
import { MIN_PASSPHRASE } from './sync/crypto';
import { parseServerUrl } from './sync/server-url';
import type { Settings } from './settings';
import type { Template } from './templates';

const text = (max: number) => z.string().check(z.maxLength(max));
const time = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

/** What the content script read of the profile on screen (utils/linkedin/profile.ts, ProfileSnapshot). */
const Profile = z.object({
  layout: z.enum(['sdui', 'voyager', 'guest', 'subpage', 'unknown']),
  key: text(200).check(z.minLength(1)),
  slug: z.optional(text(200)),
  profileId: z.optional(z.string().check(z.regex(/^ACoAA[A-Za-z0-9_-]{34}$/))),
  memberId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
  name: personText(300),
  headline: personText(1000),
  company: personText(300),
  location: personText(300),
  // Only LinkedIn's own media host: anything else would be a request to a third party when shown.
  photoUrl: z.string().check(z.maxLength(4000), z.regex(/^(?:https:\/\/media\.licdn\.com\/.*)?$/)),
});

/** A stored contact by key: the dashboard's way to name a person (strict: a profile is never taken for one). */
const StoredPerson = z.strictObject({ key: text(200).check(z.minLength(1)) });
/** Whom a message is about: the person on a LinkedIn page, or a stored contact. */
const Person = z.union([Profile, StoredPerson]);

const Tags = z.array(text(60)).check(z.maxLength(100));
/** A keep-in-touch rhythm in days: a day to ten years. */
const cadence = z.number().check(z.int(), z.gte(1), z.lte(3650));
const Note = text(20_000);

export const protocol = {
  /** What we know of the person on screen. Links new aliases and notices changes; creates nothing. */
  'contact.view': z.object({ person: Person }),
  /** Edit a person's fields; creates the contact on the first edit. */
  'contact.update': z.object({
    person: Person,
    patch: z.object({
      name: z.optional(personText(300)),
      headline: z.optional(personText(1000)),
      company: z.optional(personText(300)),
      tags: z.optional(Tags),
      contactedAt: z.optional(z.nullable(time)),
      cadenceDays: z.optional(z.union([z.nullable(cadence), z.literal('inherit')])),
      followUpOn: z.optional(z.nullable(time)),
      snoozedUntil: z.optional(z.nullable(time)),
    }),
  }),
  /** Log a note or an interaction; creates the contact on the first one. */
  'interaction.add': z.object({ person: Person, type: z.enum(LOGGED_TYPES), text: Note, at: time }),
  /** `rev`: the version of the entry the writer saw, so that an edit made meanwhile elsewhere stays beside this one. */
  'interaction.update': z.object({
    person: Person,
    id: text(100),
    rev: z.optional(text(400)),
    patch: z.object({ type: z.optional(z.enum(LOGGED_TYPES)), text: z.optional(Note), at: z.optional(time) }),
  }),
  'interaction.delete': z.object({ person: Person, id: text(100), rev: z.optional(text(400)) }),
  /** Every tag in use, for autocomplete. */
  'tags.list': z.object({}),
  /** Who is due now (ranked) and in the coming week. */
  'followups.list': z.object({}),
  /** In touch today, with an optional one-line note. */
  'followup.done': z.object({ key: text(200), note: text(500) }),
  /** Not due before this day. */
  'followup.snooze': z.object({ key: text(200), until: time }),
  /** Extension pages only: undo of Done or Snooze, with the `undo` their answer carried. */
  'followup.undo': z.object({
    key: text(200),
    contactedAt: z.nullable(time),
    snoozedUntil: z.nullable(time),
    noteId: z.nullable(text(100)),
  }),
  /** Extension pages only: how many people are stored (the popup's first-run hint is for none at all). */
  'contacts.count': z.object({}),
  'settings.get': z.object({}),
  /** Extension pages only (see EXTENSION_PAGES_ONLY). */
  'settings.update': z.object({
    patch: z.object({
      defaultCadenceDays: z.optional(z.nullable(cadence)),
      tagCadences: z.optional(z.record(text(60), cadence)),
      notificationsEnabled: z.optional(z.boolean()),
      notificationHour: z.optional(z.number().check(z.int(), z.gte(0), z.lte(23))),
      myName: z.optional(text(100)),
      noteLimit: z.optional(z.union([z.literal(200), z.literal(300)])),
      monthlyNoteQuota: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
      tagColors: z.optional(z.record(text(60), z.string().check(z.regex(/^#[0-9a-f]{6}$/)))),
      lastBackupAt: z.optional(z.nullable(time)),
      language: z.optional(z.enum(['browser', 'en', 'fi'])),
      focusSize: z.optional(FocusSizingSchema),
    }),
  }),
  'templates.list': z.object({}),
  /** Extension pages only. */
  'templates.save': z.object({
    template: z.object({
      id: text(100).check(z.minLength(1)),
      name: text(100).check(z.minLength(1)),
      kind: z.enum(['invitation', 'follow-up']),
      language: z.enum(['en', 'fi']),
      body: text(2000),
    }),
  }),
  /** Extension pages only. */
  'templates.delete': z.object({ id: text(100) }),
  /** Extension pages only: every goal (archived ones too). */
  'goals.list': z.object({}),
  /** Extension pages only: a new goal, or a new version of one; the store keeps the times. */
  'goals.save': z.object({ goal: GoalInputSchema }),
  /** Extension pages only. */
  'goals.delete': z.object({ id: text(100) }),
  /** Extension pages only: this week's focus, chosen at the week's first look; weeks start as `locale` says. */
  'focus.week': z.object({ locale: text(100) }),
  /** Extension pages only: done (in touch today), skipped, snoozed (to next week), or open again (an undo). */
  'focus.mark': z.object({
    locale: text(100),
    key: text(200),
    state: z.enum(['open', 'done', 'skipped', 'snoozed']),
  }),
  /**
   * LinkedIn's Send was pressed on an invitation with a note: it goes on the invitee's timeline and counts
   * toward the month's notes. The invitee may be someone other than the profile on screen (a search result,
   * People also viewed), named by their card's link; so the answer says nothing of them, only the month's count.
   */
  'invitation.sent': z.object({ invitee: Profile, text: Note.check(z.minLength(1)), at: time }),
  /** Personalised notes used this month, and the quota. */
  'invitations.month': z.object({}),
  /** Extension pages only: a person and their timeline, answered whole for undo. */
  'contact.delete': z.object({ key: text(200) }),
  /** Extension pages only: undo of a delete. */
  'contact.restore': z.object({
    deleted: z.object({
      contact: BackupContactSchema,
      interactions: z.array(BackupInteractionSchema).check(z.maxLength(100_000)),
    }),
  }),
  /**
   * The user says that the person and `other`, a stored contact the view suggested (`sameAs`: they share an
   * id), are one person; `other` joins them. Answers with an undo token.
   */
  'contact.join': z.object({ person: Person, other: text(200) }),
  /**
   * The page shows an id that another stored person holds (a view's `samePageIds`): the dashboard opens to compare
   * them, out of the page's reach. Answers nothing, so that the page learns no one.
   */
  'contact.compare': z.object({ person: Profile }),
  /** Extension pages only: a comparison the dashboard was opened with (`contact.compare`'s token). */
  'compare.show': z.object({ token: text(100) }),
  /** Extension pages only: the user says the compared page's person and `other` are one; `other` joins them. */
  'compare.join': z.object({ token: text(100), other: text(200) }),
  /** Undo of a join or merge, within a minute: both people back as they were. */
  'contact.separate': z.object({ undoToken: text(100) }),
  /** Extension pages only: `other` joins `keep`, any two people (one person saved twice). */
  'contacts.merge': z.object({ keep: text(200), other: text(200) }),
  /** Extension pages only: rename a tag on everyone (merging it into `to` if that exists); null removes it. */
  'tags.rename': z.object({ from: text(60).check(z.minLength(1)), to: z.nullable(text(60).check(z.minLength(1))) }),
  /** Extension pages only: delete every contact, template and setting. (Imports come over a Port: imports.ts.) */
  'data.wipe': z.object({}),
  /** Extension pages only: how sync stands (never its secrets). */
  'sync.status': z.object({}),
  /**
   * Extension pages only: turns sync on with the user's CouchDB database, their login there, and the passphrase
   * their data is encrypted with (used once, to derive keys; never kept).
   */
  'sync.enable': z.object({
    url: text(2000).check(z.refine((url) => parseServerUrl(url) !== null, 'Expected an http(s) address of a database')),
    username: text(200).check(z.minLength(1)),
    password: text(1000),
    passphrase: text(1000).check(z.minLength(MIN_PASSPHRASE)),
  }),
  /** Extension pages only. */
  'sync.now': z.object({}),
  /** Extension pages only: stops the sync under way; the next one goes on from where it stopped. */
  'sync.stop': z.object({}),
  /** Extension pages only: sync off; the login and keys forgotten, the data here and on the server kept. */
  'sync.disable': z.object({}),
} as const;

/**
 * The messages a LinkedIn tab's content script may send: about the person on its screen (the Profile shape,
 * checked against the tab's address) and what the panel needs besides; and a sent invitation, which may name
 * a person from a card but answers nothing about them. Lists of people, and people by stored key, are for the
 * extension's own pages: a compromised LinkedIn renderer learns nothing beyond the person on screen. Every
 * other message is for extension pages only.
 */
export const LINKEDIN_TAB_MAY: ReadonlySet<MessageType> = new Set([
  'contact.view',
  'contact.update',
  'interaction.add',
  'interaction.update',
  'interaction.delete',
  'contact.join',
  'contact.separate',
  'contact.compare',
  'invitation.sent',
  'tags.list',
  'settings.get',
  'templates.list',
  'invitations.month',
]);

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]>;

/** What each message answers. */
export interface Responses {
  'contact.view': ContactView;
  'contact.update': ContactView;
  'interaction.add': ContactView;
  'interaction.update': ContactView;
  'interaction.delete': ContactView;
  'tags.list': string[];
  'followups.list': { due: FollowUp[]; upcoming: FollowUp[] };
  'followup.done': UndoableFollowUp;
  'followup.snooze': UndoableFollowUp;
  'followup.undo': ContactView;
  'contacts.count': number;
  'settings.get': Settings;
  'settings.update': Settings;
  'templates.list': Template[];
  'templates.save': Template[];
  'templates.delete': Template[];
  'goals.list': Goal[];
  'goals.save': Goal[];
  'goals.delete': Goal[];
  'focus.week': FocusView;
  'focus.mark': FocusView & { undo: FollowUpUndo | null };
  'invitation.sent': { used: number; quota: number };
  'invitations.month': { used: number; quota: number };
  'contact.delete': DeletedContact;
  'contact.restore': ContactView;
  'contact.join': JoinedView;
  'contact.compare': null;
  'compare.show': Comparison;
  'compare.join': JoinedView;
  'contact.separate': ContactView;
  'contacts.merge': JoinedView;
  'tags.rename': number;
  'data.wipe': null;
  'sync.status': SyncStatus;
  'sync.enable': SyncStatus;
  'sync.now': SyncStatus;
  'sync.stop': SyncStatus;
  'sync.disable': SyncStatus;
}

/** What the dashboard compares: the page's person as LinkedIn showed them, and who holds the ids it claimed. */
export interface Comparison {
  page: { key: string; name: string; headline: string };
  claims: PageClaims;
}

/** Two people joined into one, and the token that undoes it (`contact.separate`). */
export type JoinedView = ContactView & { undoToken: string };

/** Why a message failed, in words the sender can show. */
export type ErrorCode = 'invalid' | 'forbidden' | 'not-found' | 'storage-full' | 'unavailable' | 'failed';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Sent by the background after someone's data changed, so that whoever shows them shows it at once. Extension
 * pages hear whose aliases changed (`all` after changes to many people: an import, a tag renamed); LinkedIn tabs
 * hear only `all`, so that no page learns whom the user is editing elsewhere.
 */
export interface ContactChanged {
  type: 'contact.changed';
  aliases: string[] | 'all';
}
