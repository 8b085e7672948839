/**
 * Version 5 (every computer): a person is one document, the contact and their whole timeline (`people`), with
 * the time each part changed, so that versions of them merge (utils/model). `contacts` stays as the summary the
 * lists, search and reminders read and index, worked out from each document; `interactions` goes. Templates
 * and the settings gain the times that let them merge too. Everything is marked as not yet synced.
 */
import type { Transaction } from 'dexie';
import { BUNDLED_TEMPLATES_V3 } from './frozen/bundled-templates';
import { contactRowOf, personFromContact, personToJson } from './frozen/v5-person';
import { newSyncMark } from './frozen/sync-mark';
import { timelinesByContact } from './frozen/timelines';
import type { ContactV4, InteractionV4, TemplateV4 } from './frozen/v4-types';
import type { SettingsV5, StoredPersonV5, StoredSettingsV5, StoredTemplateV5 } from './frozen/v5-types';
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

/**
 * The defaults the settings are filled from, as this upgrade has written them since version 6 (which added
 * `focusSize`): a field the saved settings lack gets its default here, unstamped.
 */
const DEFAULT_SETTINGS_V5: SettingsV5 = {
  defaultCadenceDays: 90,
  tagCadences: {},
  notificationsEnabled: true,
  notificationHour: 9,
  myName: '',
  noteLimit: 200,
  monthlyNoteQuota: 5,
  tagColors: {},
  lastBackupAt: null,
  language: 'browser',
  focusSize: { kind: 'count', count: 3 },
};

export async function upgradeToV5(transaction: Transaction, now = Date.now()): Promise<void> {
  const savedSettings = (await transaction.table('settings').get('settings')) as
    (Partial<SettingsV5> & { key: string }) | undefined;
  const settings = settingsDocOf(savedSettings, now);
  if (savedSettings) await transaction.table<StoredSettingsV5>('settings').put(settings);

  const contacts = await transaction.table<ContactV4>('contacts').toArray();
  const timelines = timelinesByContact(await transaction.table<InteractionV4>('interactions').toArray());
  const people = contacts.map((contact) => personFromContact(contact, timelines.get(contact.key) ?? []));
  await transaction
    .table<StoredPersonV5>('people')
    .bulkAdd(people.map((person) => ({ key: person.key, json: personToJson(person), alive: 1, ...newSyncMark() })));
  await transaction.table('contacts').bulkPut(people.map((person) => contactRowOf(person, settings)));

  const templates = await transaction.table<TemplateV4>('templates').toArray();
  await transaction
    .table<StoredTemplateV5>('templates')
    .bulkPut(templates.map((template) => templateDocOf(template, now)));
}

/** The saved settings with every field that differs from the default as changed at the upgrade. */
function settingsDocOf(saved: (Partial<SettingsV5> & { key: string }) | undefined, now: number): StoredSettingsV5 {
  const { key: _key, ...values } = saved ?? { key: '' };
  const settings: SettingsV5 = { ...DEFAULT_SETTINGS_V5, ...values };
  const fields = Object.keys(DEFAULT_SETTINGS_V5) as (keyof SettingsV5)[];
  const changed = fields.filter(
    (field) => JSON.stringify(settings[field]) !== JSON.stringify(DEFAULT_SETTINGS_V5[field]),
  );
  const changedAt = Object.fromEntries(changed.map((field) => [field, now]));
  return { ...settings, changedAt, key: 'settings', ...newSyncMark() };
}

/** JSON with every object's keys in code-unit order, at every level: two records compared by content. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * A template as a document: a bundled one as shipped is as old as can be (every device has it), one the user
 * wrote or edited is as of the upgrade, and waits to be synced.
 */
function templateDocOf(template: TemplateV4, now: number): StoredTemplateV5 {
  const bundled = BUNDLED_TEMPLATES_V3.find((shipped) => shipped.id === template.id);
  const asShipped = bundled !== undefined && canonicalJson(bundled) === canonicalJson(template);
  const { id, name, kind, language, body } = template;
  return { id, name, kind, language, body, updatedAt: asShipped ? 0 : now, ...newSyncMark(asShipped ? 0 : 1) };
}
