/** Templates: the user's and the bundled ones, each one document; a deleted one stays as a tombstone for sync. */
import { nextTemplate } from '../model/records';
import type { Template } from '../templates';
import type { Database } from './database';
import { newSyncMark, withoutMark } from './sync-mark';

/** Every live template, by language and name. */
export async function listTemplates(db: Database): Promise<Template[]> {
  const stored = await db.templates.toArray();
  return stored
    .filter((template) => !template.deleted)
    .map(({ id, name, kind, language, body }) => ({ id, name, kind, language, body }))
    .sort((a, b) => a.language.localeCompare(b.language) || a.name.localeCompare(b.name));
}

export function saveTemplate(db: Database, template: Template, now: number): Promise<Template[]> {
  return db.transaction('rw', db.templates, async () => {
    const previous = await db.templates.get(template.id);
    const next = nextTemplate({ ...template, name: template.name.trim() }, previous && withoutMark(previous), now);
    await db.templates.put({ ...next, ...newSyncMark() });
    return listTemplates(db);
  });
}

export function deleteTemplate(db: Database, id: string, now: number): Promise<Template[]> {
  return db.transaction('rw', db.templates, async () => {
    const previous = await db.templates.get(id);
    if (previous && !previous.deleted) {
      await db.templates.put({ ...nextTemplate(previous, withoutMark(previous), now, true), ...newSyncMark() });
    }
    return listTemplates(db);
  });
}
