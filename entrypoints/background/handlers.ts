/** One handler per protocol message: the parsed payload in, the answer out. */
import { loadSettings, type ContactsDatabase } from '@/utils/db/database';
import {
  addInteraction,
  deleteInteraction,
  deleteTemplate,
  invitationsThisMonth,
  listFollowUps,
  listTags,
  listTemplates,
  markFollowUpDone,
  saveTemplate,
  snoozeFollowUp,
  updateContact,
  updateInteraction,
  updateSettings,
  viewContact,
} from '@/utils/db/contacts-store';
import type { MessageType, RequestOf, Responses } from '@/utils/protocol';

type Handlers = {
  [T in MessageType]: (db: ContactsDatabase, payload: RequestOf<T>, now: number) => Promise<Responses[T]>;
};

export const handlers: Handlers = {
  'contact.view': (db, { profile }, now) => viewContact(db, profile, now),
  'contact.update': (db, { profile, patch }, now) => updateContact(db, profile, patch, now),
  'interaction.add': (db, { profile, ...entry }, now) => addInteraction(db, profile, entry, now),
  'interaction.update': (db, { profile, id, patch }, now) => updateInteraction(db, profile, id, patch, now),
  'interaction.delete': (db, { profile, id }, now) => deleteInteraction(db, profile, id, now),
  'tags.list': (db) => listTags(db),
  'followups.list': (db, _payload, now) => listFollowUps(db, now),
  'followup.done': (db, { key, note }, now) => markFollowUpDone(db, key, note, now),
  'followup.snooze': (db, { key, until }, now) => snoozeFollowUp(db, key, until, now),
  'settings.get': (db) => loadSettings(db),
  'settings.update': (db, { patch }) => updateSettings(db, patch),
  'templates.list': (db) => listTemplates(db),
  'templates.save': (db, { template }) => saveTemplate(db, template),
  'templates.delete': (db, { id }) => deleteTemplate(db, id),
  'invitations.month': (db, _payload, now) => invitationsThisMonth(db, now),
};

/** Messages after which other tabs showing the same person should refresh. */
export const CHANGES_A_CONTACT: ReadonlySet<MessageType> = new Set([
  'contact.update',
  'interaction.add',
  'interaction.update',
  'interaction.delete',
  'followup.done',
  'followup.snooze',
]);

/** Messages after which reminders (badge, alarms) must be worked out again, though no one's data changed. */
export const CHANGES_REMINDERS: ReadonlySet<MessageType> = new Set(['settings.update']);
