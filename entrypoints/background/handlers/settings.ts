/** The handlers of settings, templates and tags (utils/messages/settings.ts). */
import { listTags } from '@/utils/db/tags-store';
import { loadSettings, updateSettings } from '@/utils/db/settings-store';
import { retag } from '@/utils/db/tags-store';
import { deleteTemplate, listTemplates, saveTemplate } from '@/utils/db/templates-store';
import type { settingsMessages } from '@/utils/messages/settings';
import { withReasonExample } from '@/utils/templates';
import type { HandlersOf } from './define';

export const settingsHandlers: HandlersOf<typeof settingsMessages> = {
  'settings.get': (db) => loadSettings(db),
  'settings.update': (db, { patch }, now) => updateSettings(db, patch, now),
  // With the bundled ones' example reasons, for the composer (utils/templates.ts).
  'templates.list': async (db) => (await listTemplates(db)).map(withReasonExample),
  'templates.save': (db, { template }, now) => saveTemplate(db, template, now),
  'templates.delete': (db, { id }, now) => deleteTemplate(db, id, now),
  'tags.list': (db) => listTags(db),
  'tags.rename': (db, { from, to }, now) => retag(db, from, to, now),
};
