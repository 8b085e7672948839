/**
 * What the rest of the extension sees of a person document: the contact summary that the lists, indexes and
 * reminders read (its derived fields worked out once, here), and the timeline as entries. Pure.
 */
import { byNewestFirst, deriveLastContact, timelineWordsOf, type Contact, type Interaction } from '../contacts';
import { dueAtOf, type CadenceSettings } from '../followups';
import { latestChange, type PersonDoc } from './person';
import { visibleEntries } from './timeline';

/** A contact as the `contacts` table keeps it: the summary, and the times of their invitations (an index). */
export type ContactRow = Contact & { invitedAt: number[] };

/** The person's timeline as the panel shows it: live entries, newest first. */
export function timelineOf(doc: PersonDoc): Interaction[] {
  return visibleEntries(doc.timeline)
    .map(({ version, versions, otherTexts }) => ({
      id: version.id,
      // Every version shown: an edit from this view replaces them all.
      rev: versions.map((shown) => shown.rev).join(' '),
      contactKey: doc.key,
      type: version.type,
      text: version.text,
      at: version.at,
      createdAt: version.createdAt,
      updatedAt: version.updatedAt,
      ...(otherTexts.length > 0 && { otherTexts }),
    }))
    .sort(byNewestFirst);
}

/** The contact summary of a person, with last contact, due time and timeline words worked out. */
export function contactOf(doc: PersonDoc, settings: CadenceSettings, timeline = timelineOf(doc)): Contact {
  const contact: Contact = {
    key: doc.key,
    aliases: doc.aliases,
    ...(doc.profileId !== null && { profileId: doc.profileId }),
    ...(doc.memberId !== null && { memberId: doc.memberId }),
    name: doc.name,
    headline: doc.headline,
    company: doc.company,
    location: doc.location,
    photoUrl: doc.photoUrl,
    tags: doc.tags,
    contactedAt: doc.contactedAt,
    lastContactAt: deriveLastContact(doc.contactedAt, timeline),
    ...(doc.cadenceDays !== 'inherit' && { cadenceDays: doc.cadenceDays }),
    ...(doc.cadenceFromTagsOnly && { cadenceFromTagsOnly: true as const }),
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
export function contactRowOf(doc: PersonDoc, settings: CadenceSettings): ContactRow {
  const timeline = timelineOf(doc);
  const invitedAt = timeline.filter((entry) => entry.type === 'invitation').map((entry) => entry.at);
  return { ...contactOf(doc, settings, timeline), invitedAt };
}
