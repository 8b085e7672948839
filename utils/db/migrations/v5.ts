/**
 * Version 5 (every computer): a person is one document, the contact and their whole timeline (`people`), with
 * the time each part changed, so that versions of them merge (utils/model). `contacts` stays as the summary the
 * lists, search and reminders read and index, worked out from each document; `interactions` goes. Templates
 * and the settings gain the times that let them merge too. Everything is marked as not yet synced.
 */
import type { Transaction } from 'dexie';
import { timelinesByContact, type Contact, type Interaction } from '../../contacts';
import { sameContent } from '../../model/canonical';
import { personFromContact } from '../../model/from-contact';
import { personToJson } from '../../model/person-json';
import { SETTINGS_FIELDS, type SettingsDoc, type TemplateDoc } from '../../model/records';
import { contactRowOf } from '../../model/views';
import { DEFAULT_SETTINGS, type Settings } from '../../settings';
import { BUNDLED_TEMPLATES, type Template } from '../../templates';
import { newSyncMark } from '../sync-mark';
import { SCHEMA_V4 } from './v4';

export const SCHEMA_V5 = {
  people: 'key, pending',
  // The summary of each live person: *invitedAt counts this month's invitations as a range of one index.
  contacts: 'key, *aliases, *tags, updatedAt, dueAt, *invitedAt',
  interactions: null,
  templates: 'id, pending',
  settings: 'key, pending',
  // Sync's settings and status on this device (sync-state.ts).
  sync: 'key',
} satisfies Record<keyof typeof SCHEMA_V4 | 'people' | 'sync', string | null>;

export async function upgradeToV5(transaction: Transaction, now = Date.now()): Promise<void> {
  const savedSettings = (await transaction.table('settings').get('settings')) as
    (Settings & { key: string }) | undefined;
  const settings = settingsDocOf(savedSettings, now);
  if (savedSettings) await transaction.table('settings').put({ ...settings, key: 'settings', ...newSyncMark() });

  const contacts = await transaction.table<Contact>('contacts').toArray();
  const timelines = timelinesByContact(await transaction.table<Interaction>('interactions').toArray());
  const people = contacts.map((contact) => personFromContact(contact, timelines.get(contact.key) ?? []));
  await transaction
    .table('people')
    .bulkAdd(people.map((person) => ({ key: person.key, json: personToJson(person), alive: 1, ...newSyncMark() })));
  await transaction.table('contacts').bulkPut(people.map((person) => contactRowOf(person, settings)));

  const templates = await transaction.table<Template>('templates').toArray();
  await transaction.table('templates').bulkPut(templates.map((template) => templateDocOf(template, now)));
}

/** The saved settings with every field that differs from the default as changed at the upgrade. */
function settingsDocOf(saved: (Settings & { key: string }) | undefined, now: number): SettingsDoc {
  const { key: _key, ...values } = saved ?? { key: '' };
  const settings: Settings = { ...DEFAULT_SETTINGS, ...values };
  const changed = SETTINGS_FIELDS.filter(
    (field) => JSON.stringify(settings[field]) !== JSON.stringify(DEFAULT_SETTINGS[field]),
  );
  return { ...settings, changedAt: Object.fromEntries(changed.map((field) => [field, now])) };
}

/**
 * A template as a document: a bundled one as shipped is as old as can be (every device has it), one the user
 * wrote or edited is as of the upgrade, and waits to be synced.
 */
function templateDocOf(template: Template, now: number): TemplateDoc & { pending: 0 | 1; stamp: number } {
  const bundled = BUNDLED_TEMPLATES.find((shipped) => shipped.id === template.id);
  const asShipped = bundled !== undefined && sameContent(bundled, template);
  const { id, name, kind, language, body } = template;
  return { id, name, kind, language, body, updatedAt: asShipped ? 0 : now, ...newSyncMark(asShipped ? 0 : 1) };
}
