/**
 * LinkedIn's data export written into the store: the planned people (utils/linkedin-export/plan.ts) matched
 * with the stored ones by any alias, merged (to-person.ts), and written batch by batch in the one transaction
 * every import writes in (writeImport: all or nothing, cancellable, with progress).
 *
 * Reminders stay sane: the people it adds get reminders as the user chose (none by default; or a tier, due by
 * its rhythm from their last contact, those it makes due at once spread over it), and people already stored whom
 * the export's history would make due at once get their next follow-up spread over the coming month instead, so
 * that neither the badge nor the focus jumps to hundreds the next morning.
 */
import { rhythmChosen, spreadDue, type RhythmSettings } from '../../followups';
import type { ReminderChoice } from '../../import-transfer';
import { withoutDaysAhead } from '../../linkedin-export/dated-ahead';
import type { ExportPlan } from '../../linkedin-export/plan';
import { personWithExport } from '../../linkedin-export/to-person';
import { isAlive, setFields, type Person } from '../../model/person';
import { personFromJson } from '../../model/person-json';
import { rhythmOfPerson, summaryRowOf } from '../../model/views';
import { normalizeTags } from '../../model/summary';
import { DAY_MS, dayOf, noonOfDay } from '../../time';
import type { Database } from '../database';
import { spreadNewlyDue } from '../people/spread-due';
import { loadSettings, updateSettings } from '../settings-store';
import { writeImport, type ImportControl } from './import';

/** The rhythm of a tier, giving the tag the chosen one when it has none yet (whatever case the user typed). */
async function tierRhythm(db: Database, tag: string, chosen: number, now: number): Promise<number> {
  const settings = await loadSettings(db);
  const folded = tag.toLocaleLowerCase();
  const own = Object.entries(settings.tagCadences).find(([name]) => name.toLocaleLowerCase() === folded);
  if (own) return own[1];
  await updateSettings(db, { tagCadences: { ...settings.tagCadences, [tag]: chosen } }, now);
  return chosen;
}

/** What importing an export did to the store. */
export interface ExportImported {
  added: number;
  updated: number;
  unchanged: number;
  entriesAdded: number;
  /** People already stored whose next follow-up was spread, instead of all falling due at once. */
  spread: number;
  /** People the user wrote to in the year before the import: the reminders the result suggests. */
  wroteLastYear: string[];
  /** Entries left out for a day in the future (a damaged or edited file): no way in accepts one. */
  datedAhead: number;
  /** People the export names whom the user deleted: left deleted. */
  leftDeleted: number;
}

export function importExportPlan(
  db: Database,
  plan: ExportPlan,
  reminders: ReminderChoice,
  now: number,
  control: ImportControl = {},
): Promise<ExportImported> {
  return writeImport<ExportImported>(
    db,
    async () => {
      const settings = await loadSettings(db);
      const aliases = plan.people.flatMap((person) => [person.key, ...(person.profileId ? [person.profileId] : [])]);
      const storedKeys = await db.contacts.where('aliases').anyOf(aliases).distinct().primaryKeys();
      // And people deleted here, who have no summary: found by key, so that their tombstone is merged with (an
      // entry deleted stays deleted) instead of written over by someone new. The living win an alias both hold.
      const live = new Set(storedKeys);
      const deletedKeys = plan.people.map((person) => person.key).filter((key) => !live.has(key));
      const records = await db.people.bulkGet([...deletedKeys, ...storedKeys]);
      const docs = records.flatMap((record) => (record ? [personFromJson(record.json)] : []));
      const byAlias = new Map(docs.flatMap((doc) => [doc.key, ...doc.aliases].map((alias) => [alias, doc] as const)));
      const rows = new Map((await db.contacts.bulkGet(storedKeys)).flatMap((row) => (row ? [[row.key, row]] : [])));

      const summary: ExportImported = {
        added: 0,
        updated: 0,
        unchanged: 0,
        entriesAdded: 0,
        spread: 0,
        wroteLastYear: [],
        datedAhead: 0,
        leftDeleted: 0,
      };
      const changed = new Map<string, Person>();
      /** Whom the user wrote to in the year before the import, as they will be stored. */
      const wroteLastYear = new Map<string, Person>();
      /** The people the export adds, and whether each is a connection (in Connections.csv), whom a tier is for. */
      const added: { key: string; connection: boolean }[] = [];
      for (const inFile of plan.people) {
        const { person: planned, left } = withoutDaysAhead(inFile, now);
        summary.datedAhead += left;
        const found = byAlias.get(planned.key) ?? (planned.profileId ? byAlias.get(planned.profileId) : undefined);
        const stored = found ? (changed.get(found.key) ?? found) : undefined;
        // Someone the user deleted stays deleted: an export names everyone they ever knew, not whom to keep.
        if (stored && !isAlive(stored)) {
          summary.leftDeleted++;
          continue;
        }
        const next = personWithExport(stored, planned, now);
        if (planned.wroteAt !== null && planned.wroteAt > now - 365 * DAY_MS) wroteLastYear.set(next.key, next);
        summary.entriesAdded += next.timeline.length - (stored?.timeline.length ?? 0);
        if (!stored) added.push({ key: next.key, connection: planned.connectedAt !== null });
        else if (next === stored) summary.unchanged++;
        else summary.updated++;
        if (next !== stored) changed.set(next.key, next);
      }
      summary.added = added.length;

      const today = dayOf(now);
      // A tier is for the connections added; everyone else added (only invited, or inviting) waits for a tag.
      const tiered = reminders.kind === 'tier' ? added.filter((person) => person.connection) : [];
      const waiting = added.filter((person) => !tiered.includes(person));
      // The rhythms as they stand after the import: with its tier's, saved only now.
      let rhythms: RhythmSettings = settings;
      if (reminders.kind === 'tier' && tiered.length > 0) {
        const tag = normalizeTags([reminders.tag])[0]!;
        const tierDays = await tierRhythm(db, tag, reminders.cadenceDays, now);
        rhythms = { ...settings, tagCadences: { ...settings.tagCadences, [tag]: tierDays } };
        const inTier = tiered.map(({ key }) => setFields(changed.get(key)!, { tags: [tag] }, now));
        // Due by the tier's rhythm from their real last contact; only those it makes due at once are spread.
        const dueDays = inTier.map((person) => dayOf(summaryRowOf(person, rhythms).dueAt!));
        const followUpDays = spreadDue(dueDays, tierDays, today);
        inTier.forEach((person, index) => {
          const day = followUpDays[index]!;
          changed.set(person.key, day === null ? person : setFields(person, { followUpOn: noonOfDay(day) }, now));
        });
      }
      for (const { key } of waiting) changed.set(key, setFields(changed.get(key)!, { cadenceFromTagsOnly: true }, now));

      // The suggestion is for those with no rhythm yet: neither their own (one accepted before among them) nor a tier's.
      const chosen = (person: Person) => rhythmChosen(rhythmOfPerson(person), rhythms);
      summary.wroteLastYear = [...wroteLastYear.keys()].filter(
        (key) => !chosen(changed.get(key) ?? wroteLastYear.get(key)!),
      );

      // Stored people the history makes due by tomorrow who were not before: spread over the coming month.
      const dueBefore = new Map([...rows.values()].map((row) => [row.key, row.dueAt] as const));
      const spreading = spreadNewlyDue([...changed.values()], dueBefore, settings, now);
      summary.spread = spreading.spread;

      const people = spreading.docs;
      return {
        records: { templates: [], goals: [], settings: null },
        total: people.length,
        peopleIn: (from, to) => people.slice(from, to),
        summary,
      };
    },
    control,
  );
}
