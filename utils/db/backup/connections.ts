/**
 * LinkedIn's Connections.csv merged into what is stored: new people added, known ones completed, the user's own
 * edits kept. The file is read by utils/linkedin/connections.ts; people are written through the people store.
 */
import { spreadDueDays } from '../../followups';
import type { ReminderChoice } from '../../import-transfer';
import type { Connection } from '../../linkedin/connections';
import { aliasesOf, personFieldsFromProfile } from '../../model/profile';
import { newPerson, setFields, type Person } from '../../model/person';
import { personFromJson } from '../../model/person-json';
import { dayOf, noonOfDay } from '../../time';
import type { Database } from '../database';
import { savePeople } from '../people/write';
import { loadSettings, updateSettings } from '../settings-store';
import { normalizeTags } from '../../model/summary';

/** The rhythm of a tier, giving the tag the chosen one when it has none yet. */
export async function tierRhythm(db: Database, tag: string, chosen: number, now: number): Promise<number> {
  const settings = await loadSettings(db);
  const folded = tag.toLocaleLowerCase();
  const own = Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded);
  if (own) return own[1];
  await updateSettings(db, { tagCadences: { ...settings.tagCadences, [tag]: chosen } }, now);
  return chosen;
}

/** What a Connections.csv import did. */
export interface ConnectionsImported {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges LinkedIn's export in by contact key (or any alias): new people are added with what the file says;
 * known people gain when they connected and their email, and fields they have empty. The user's own edits stay.
 * New people get reminders as `reminders` says; with a tier, their first due days are spread over its rhythm.
 */
export function importConnections(
  db: Database,
  connections: readonly Connection[],
  reminders: ReminderChoice,
  now: number,
): Promise<ConnectionsImported> {
  return db.transaction('rw', db.people, db.contacts, db.settings, async () => {
    const result: ConnectionsImported = { added: 0, updated: 0, unchanged: 0 };
    const aliases = connections.flatMap((connection) => [connection.key, connection.profileId ?? connection.key]);
    const stored = await db.contacts.where('aliases').anyOf(aliases).distinct().primaryKeys();
    const docs = (await db.people.bulkGet(stored)).flatMap((record) => (record ? [personFromJson(record.json)] : []));
    const byAlias = new Map(docs.flatMap((doc) => doc.aliases.map((alias) => [alias, doc] as const)));
    const changed = new Map<string, Person>();
    const added: string[] = [];
    for (const connection of connections) {
      const found = byAlias.get(connection.key) ?? (connection.profileId && byAlias.get(connection.profileId));
      const existing = found ? (changed.get(found.key) ?? found) : undefined;
      const { key, slug, profileId } = connection;
      const blank = {
        layout: 'unknown',
        key,
        slug,
        profileId,
        name: '',
        headline: '',
        company: '',
        location: '',
      } as const;
      const profile = { ...blank, photoUrl: '' };
      // The user's own export, not a page: every id its address gives is theirs.
      const fields = { ...personFieldsFromProfile(profile), aliases: aliasesOf(profile), profileId: profileId ?? null };
      const base = existing ?? newPerson(key, fields, now);
      const next = setFields(
        base,
        {
          name: base.name || connection.name,
          headline: base.headline || connection.position,
          company: base.company || connection.company,
          email: connection.email || base.email,
          connectedAt: connection.connectedAt ?? base.connectedAt,
        },
        now,
      );
      if (!existing) added.push(next.key);
      else if (next === base) result.unchanged++;
      else result.updated++;
      if (!existing || next !== base) changed.set(next.key, next);
    }
    result.added = added.length;
    // Reminders for the people added, in the file's order (LinkedIn's: the newest connections first).
    if (reminders.kind === 'tier') {
      const tag = normalizeTags([reminders.tag])[0]!;
      const days = spreadDueDays(added.length, await tierRhythm(db, tag, reminders.cadenceDays, now), dayOf(now));
      added.forEach((key, index) => {
        changed.set(key, setFields(changed.get(key)!, { tags: [tag], followUpOn: noonOfDay(days[index]!) }, now));
      });
    } else {
      for (const key of added) changed.set(key, setFields(changed.get(key)!, { cadenceFromTagsOnly: true }, now));
    }
    await savePeople(db, [...changed.values()], await loadSettings(db));
    return result;
  });
}
