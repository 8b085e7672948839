/**
 * The import planner: what importing a backup adds, updates and leaves, worked out before anything is written,
 * a batch of the file's people at a time. Pure; the store writes what it plans (utils/db/backup/import.ts).
 */
import { sameContent } from '../model/canonical';
import { mergeVersions } from '../model/merge';
import { isAlive, PERSON_FIELDS, type Person } from '../model/person';
import {
  mergeGoals,
  mergeSettings,
  mergeTemplates,
  type GoalDoc,
  type SettingsDoc,
  type TemplateDoc,
} from '../model/records';
import { visibleEntries } from '../model/timeline';
import type { Backup } from './file';

/** Everything stored, as an export writes it and an import merges into it. `settings` null: never saved. */
export interface Everything {
  people: Person[];
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc | null;
}

/** What an import writes besides people: templates, goals, and the settings when they change. */
export interface ImportRecords {
  templates: TemplateDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc | null;
}

/** What an import did, as the user is told. */
export interface ImportSummary {
  added: string[];
  updated: string[];
  /** Changed here after the backup: the newer fields here were kept. Names. */
  conflicts: string[];
  unchanged: number;
  interactionsAdded: number;
  templatesAdded: number;
  goalsAdded: number;
}

/** An import planned batch by batch: what to write of the file's records but people, and its people. */
export interface ImportPlanner {
  records: ImportRecords;
  /** Plans the file's next people: answers the documents they change, to write now (one per key). */
  addPeople(people: readonly Person[]): Person[];
  /** What the import does, as far as the people added so far go; whole once every batch is added. */
  summary: ImportSummary;
}

/**
 * A file's records kept whole (templates, goals) merged into the stored ones by id: those that change, and how
 * many are new to this computer.
 */
function mergeRecords<T extends { id: string; deleted?: true }>(
  stored: readonly T[],
  incoming: readonly T[],
  merge: (a: T, b: T) => T,
): { changed: T[]; added: number } {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const changed: T[] = [];
  let added = 0;
  for (const theirs of incoming) {
    const mine = storedById.get(theirs.id);
    const merged = mine ? merge(mine, theirs) : theirs;
    if (mine && sameContent(merged, mine)) continue;
    if (!mine && !theirs.deleted) added++;
    changed.push(merged);
  }
  return { changed, added };
}

/** Whether any field of the file's person lost to a different, newer value here. */
function keptNewerHere(incoming: Person, merged: Person): boolean {
  return PERSON_FIELDS.some(
    (field) =>
      field !== 'aliases' &&
      !sameContent(incoming[field], merged[field]) &&
      (merged.changedAt[field] ?? 0) > (incoming.changedAt[field] ?? 0),
  );
}

/**
 * Merges a backup into what is stored, person by person (by key, or any alias: the same person saved under an
 * older slug) with mergeVersions: per field the newer wins, timelines join by entry, a deletion here beats the
 * file's older edits. The file's aliases are linked, but never one another stored person holds: that would
 * make the two one person by the next page that shows it, and only the user joins two people.
 *
 * A batch of people at a time, so that a large file is checked and merged while the browser writes the batch
 * before. The people of one batch may land on a stored person an earlier batch changed: they merge into that
 * person's new version, which is written again, so that any batching plans as the whole file at once does.
 */
export function importPlanner(stored: Everything, backup: Omit<Backup, 'people'>): ImportPlanner {
  const storedByKey = new Map(stored.people.map((doc) => [doc.key, doc]));
  const liveByAlias = new Map<string, Person>();
  for (const doc of stored.people) if (isAlive(doc)) for (const alias of doc.aliases) liveByAlias.set(alias, doc);

  const templates = mergeRecords(stored.templates, backup.templates, mergeTemplates);
  const goals = mergeRecords(stored.goals, backup.goals, mergeGoals);
  const settings = stored.settings ? mergeSettings(stored.settings, backup.settings) : backup.settings;
  const summary: ImportSummary = {
    added: [],
    updated: [],
    conflicts: [],
    unchanged: 0,
    interactionsAdded: 0,
    templatesAdded: templates.added,
    goalsAdded: goals.added,
  };
  // Stored people's new versions, by key: two of the file's people may land on one stored person (under two
  // of their aliases), and the second then merges into what the first made, whatever the order.
  const changed = new Map<string, Person>();

  /** The version of one of the file's people to write, if it changes anything; the summary counts it. */
  function plan(incoming: Person): Person | null {
    const found =
      storedByKey.get(incoming.key) ??
      [incoming.key, ...incoming.aliases].map((alias) => liveByAlias.get(alias)).find(Boolean);
    if (!found) {
      summary.added.push(incoming.name || incoming.key);
      summary.interactionsAdded += visibleEntries(incoming.timeline).length;
      return incoming;
    }
    const existing = changed.get(found.key) ?? found;
    const ownAliases = incoming.aliases.filter(
      (alias) => (liveByAlias.get(alias)?.key ?? existing.key) === existing.key,
    );
    const theirs = { ...incoming, key: existing.key, aliases: ownAliases.length > 0 ? ownAliases : existing.aliases };
    const merged = mergeVersions(existing, theirs);
    const conflict = keptNewerHere(theirs, merged);
    if (conflict) summary.conflicts.push(existing.name || existing.key);
    if (sameContent(merged, existing)) {
      if (!conflict) summary.unchanged++;
      return null;
    }
    const before = new Set(visibleEntries(existing.timeline).map(({ version }) => version.id));
    summary.interactionsAdded += visibleEntries(merged.timeline).filter(
      ({ version }) => !before.has(version.id),
    ).length;
    if (!conflict) summary.updated.push(merged.name || merged.key);
    return merged;
  }

  return {
    records: {
      templates: templates.changed,
      goals: goals.changed,
      settings: stored.settings && sameContent(settings, stored.settings) ? null : settings,
    },
    addPeople(people) {
      const batch = new Map<string, Person>();
      for (const incoming of people) {
        const next = plan(incoming);
        if (!next) continue;
        changed.set(next.key, next);
        batch.set(next.key, next);
      }
      return [...batch.values()];
    },
    summary,
  };
}
