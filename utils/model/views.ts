/**
 * What the rest of the extension sees of a person's document: their summary, which lists, indexes and reminders
 * read (its derived fields worked out once, here), and their timeline as entries. Pure.
 */
import { dueAtOf, type RhythmSettings } from '../followups';
import { latestChange, type Person } from './person';
import { visibleEntries } from './timeline';
import { byNewestFirst, deriveLastContact, timelineWordsOf, type Entry } from './entry';
import type { Summary, SummaryRow } from './summary';

/** The person's timeline as the panel shows it: live entries, newest first. */
export function timelineOf(doc: Person): Entry[] {
  return visibleEntries(doc.timeline)
    .map(({ version, versions, otherTexts }) => ({
      id: version.id,
      // Every version shown: an edit from this view replaces them all.
      rev: versions.map((shown) => shown.rev).join(' '),
      contactKey: doc.key,
      type: version.type,
      text: version.text,
      ...(version.said && { said: version.said }),
      at: version.at,
      createdAt: version.createdAt,
      updatedAt: version.updatedAt,
      ...(otherTexts.length > 0 && { otherTexts }),
    }))
    .sort(byNewestFirst);
}

/** A person's rhythm as a summary keeps it, which scheduling (utils/followups.ts) reads: nothing for "inherit". */
export function rhythmOfPerson(doc: Person): Pick<Summary, 'cadenceDays' | 'cadenceFromTagsOnly' | 'tags'> {
  return {
    tags: doc.tags,
    ...(doc.cadenceDays !== 'inherit' && { cadenceDays: doc.cadenceDays }),
    ...(doc.cadenceFromTagsOnly && { cadenceFromTagsOnly: true as const }),
  };
}

/** The contact summary of a person, with last contact, due time and timeline words worked out. */
export function summaryOfPerson(doc: Person, settings: RhythmSettings, timeline = timelineOf(doc)): Summary {
  const contact: Summary = {
    key: doc.key,
    aliases: doc.aliases,
    ...(doc.profileId !== null && { profileId: doc.profileId }),
    ...(doc.memberId !== null && { memberId: doc.memberId }),
    name: doc.name,
    headline: doc.headline,
    company: doc.company,
    location: doc.location,
    photoUrl: doc.photoUrl,
    ...rhythmOfPerson(doc),
    contactedAt: doc.contactedAt,
    lastContactAt: deriveLastContact(doc.contactedAt, timeline),
    followUpOn: doc.followUpOn,
    snoozedUntil: doc.snoozedUntil,
    dueAt: null,
    lastSeen: doc.lastSeen,
    connectedAt: doc.connectedAt,
    email: doc.email,
    timelineWords: timelineWordsOf(timeline),
    createdAt: doc.createdAt,
    updatedAt: latestChange(doc),
  };
  return { ...contact, dueAt: dueAtOf(contact, settings) };
}

/** The row the `contacts` table indexes for a live person. */
export function summaryRowOf(doc: Person, settings: RhythmSettings): SummaryRow {
  const timeline = timelineOf(doc);
  const invitedAt = timeline.filter((entry) => entry.type === 'invitation').map((entry) => entry.at);
  return { ...summaryOfPerson(doc, settings, timeline), invitedAt };
}
