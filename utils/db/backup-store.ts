/**
 * Backups and imports against the database: everything read in one transaction, an import written in one
 * transaction (all or nothing), LinkedIn's Connections.csv merged in, and a wipe. The rules are pure and live in
 * utils/backup.ts and utils/linkedin/connections.ts.
 */
import {
  newContact,
  normalizeTags,
  timelinesByContact,
  withDerivedFields,
  type Contact,
  type Interaction,
} from '../contacts';
import { BACKUP_LIMITS, planImport, readBackup, type BackupProblem, type Everything, type ImportPlan } from '../backup';
import { decodeText } from '../decode-text';
import type { ReminderChoice } from '../import-transfer';
import { parseConnections, type Connection } from '../linkedin/connections';
import { spreadDueDays } from '../followups';
import { BUNDLED_TEMPLATES } from '../templates';
import { dayOf, noonOfDay } from '../time';
import { updateSettings } from './contacts-store';
import { loadSettings, type ContactsDatabase } from './database';

/** Everything stored, read at one moment. `settings` is null when the user never saved any. */
export function readEverything(
  db: ContactsDatabase,
): Promise<Omit<Everything, 'settings'> & { settings: Everything['settings'] | null }> {
  return db.transaction('r', db.contacts, db.interactions, db.templates, db.settings, async () => {
    // Asked for at once: the browser answers them back to back, not one round trip after another.
    const [contacts, interactions, templates, saved] = await Promise.all([
      db.contacts.toArray(),
      db.interactions.toArray(),
      db.templates.toArray(),
      db.settings.get('settings'),
    ]);
    return { contacts, interactions, templates, settings: saved ? await loadSettings(db) : null };
  });
}

/**
 * Writes contacts with their derived fields worked out from their whole timelines: `stored` (as read in this
 * transaction) joined with `written` (this transaction's new and updated entries, which win by id).
 */
async function saveWithDerivedFields(
  db: ContactsDatabase,
  contacts: Contact[],
  stored: readonly Interaction[],
  written: readonly Interaction[],
): Promise<void> {
  if (contacts.length === 0) return;
  const settings = await loadSettings(db);
  const keys = new Set(contacts.map((contact) => contact.key));
  const byId = new Map<string, Interaction>();
  for (const entry of [...stored, ...written]) if (keys.has(entry.contactKey)) byId.set(entry.id, entry);
  const timelines = timelinesByContact([...byId.values()]);
  await db.contacts.bulkPut(
    contacts.map((contact) => withDerivedFields(contact, timelines.get(contact.key) ?? [], settings)),
  );
}

/** Writes an import plan in one transaction: if anything fails, nothing of it is written. */
export function applyImport(db: ContactsDatabase, plan: ImportPlan): Promise<void> {
  return db.transaction('rw', db.contacts, db.interactions, db.templates, db.settings, async () => {
    // Read before writing: the timelines as they are, to join with the import's entries in memory.
    const stored = await db.interactions.toArray();
    if (plan.settings) await db.settings.put({ ...plan.settings, key: 'settings' });
    await db.templates.bulkAdd(plan.templates);
    await db.interactions.bulkPut(plan.interactions);
    // People who only gained timeline entries need their last contact and due time worked out again too.
    const planned = new Set(plan.contacts.map((contact) => contact.key));
    const gainedEntries = [...new Set(plan.interactions.map((entry) => entry.contactKey))].filter(
      (key) => !planned.has(key),
    );
    const others = (await db.contacts.bulkGet(gainedEntries)).filter((contact) => contact !== undefined);
    await saveWithDerivedFields(db, [...plan.contacts, ...others], stored, plan.interactions);
  });
}

/** The rhythm of a tier, giving the tag the chosen one when it has none yet. */
async function tierCadence(db: ContactsDatabase, tag: string, chosen: number): Promise<number> {
  const settings = await loadSettings(db);
  const folded = tag.toLocaleLowerCase();
  const own = Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded);
  if (own) return own[1];
  await updateSettings(db, { tagCadences: { ...settings.tagCadences, [tag]: chosen } });
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
  db: ContactsDatabase,
  connections: readonly Connection[],
  reminders: ReminderChoice,
  now: number,
): Promise<ConnectionsImported> {
  return db.transaction('rw', db.contacts, db.interactions, db.settings, async () => {
    const result: ConnectionsImported = { added: 0, updated: 0, unchanged: 0 };
    const aliases = connections.flatMap((connection) => [connection.key, connection.profileId ?? connection.key]);
    const stored = await db.contacts.where('aliases').anyOf(aliases).distinct().toArray();
    const byAlias = new Map(stored.flatMap((contact) => contact.aliases.map((alias) => [alias, contact] as const)));
    const changed = new Map<string, Contact>();
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
      const base = existing ?? newContact({ ...blank, photoUrl: '' }, now);
      const next: Contact = {
        ...base,
        name: base.name || connection.name,
        headline: base.headline || connection.position,
        company: base.company || connection.company,
        email: connection.email || base.email,
        connectedAt: connection.connectedAt ?? base.connectedAt,
      };
      const same = JSON.stringify(next) === JSON.stringify(base);
      if (!existing) added.push(next.key);
      else if (same) result.unchanged++;
      else result.updated++;
      if (!existing || !same) changed.set(next.key, { ...next, updatedAt: now });
    }
    result.added = added.length;
    // Reminders for the people added, in the file's order (LinkedIn's: the newest connections first).
    if (reminders.kind === 'tier') {
      const tag = normalizeTags([reminders.tag])[0]!;
      const days = spreadDueDays(added.length, await tierCadence(db, tag, reminders.cadenceDays), dayOf(now));
      added.forEach((key, index) => {
        changed.set(key, { ...changed.get(key)!, tags: [tag], followUpOn: noonOfDay(days[index]!) });
      });
    } else {
      for (const key of added) changed.set(key, { ...changed.get(key)!, cadenceFromTagsOnly: true });
    }
    await saveWithDerivedFields(db, [...changed.values()], await db.interactions.toArray(), []);
    return result;
  });
}

/** Deletes every contact, timeline, template and setting: the extension as freshly installed. */
export function wipeEverything(db: ContactsDatabase): Promise<void> {
  return db.transaction('rw', db.contacts, db.interactions, db.templates, db.settings, async () => {
    await Promise.all([db.contacts.clear(), db.interactions.clear(), db.templates.clear(), db.settings.clear()]);
    await db.templates.bulkAdd([...BUNDLED_TEMPLATES]);
  });
}

/** What importing a file did, or why it did nothing. */
export type ImportOutcome =
  | { kind: 'backup'; summary: ImportPlan['summary'] }
  | { kind: 'connections'; result: ConnectionsImported; skipped: number; reminders: ReminderChoice }
  | { kind: 'refused'; problem: BackupProblem | { kind: 'unknown-file' } };

/** A JSON backup, or else LinkedIn's CSV: decided by the first character, whatever the file is called. */
function looksLikeJson(content: string): boolean {
  return /^\s*[[{]/.test(content);
}

/**
 * Imports a file the user chose, as its bytes: a backup (merged in, all or nothing) or LinkedIn's Connections.csv
 * in whatever encoding Excel left it. A file that is neither, or a bad backup, changes nothing and says why.
 * Runs in the background (entrypoints/background/imports.ts).
 */
export async function importFile(
  db: ContactsDatabase,
  file: Uint8Array,
  reminders: ReminderChoice,
  now: number,
): Promise<ImportOutcome> {
  if (file.length > BACKUP_LIMITS.bytes) return { kind: 'refused', problem: { kind: 'too-big', bytes: file.length } };
  const content = decodeText(file);
  if (looksLikeJson(content)) {
    const reading = readBackup(content);
    if (!reading.ok) return { kind: 'refused', problem: reading.problem };
    const plan = planImport(await readEverything(db), reading.backup);
    await applyImport(db, plan);
    return { kind: 'backup', summary: plan.summary };
  }
  const connections = parseConnections(content);
  if (!connections) return { kind: 'refused', problem: { kind: 'unknown-file' } };
  const result = await importConnections(db, connections.connections, reminders, now);
  return { kind: 'connections', result, skipped: connections.skipped, reminders };
}
