/**
 * A person document and its summary row from a version 4 contact and their timeline, as the upgrade to version 5
 * writes them (copies of utils/model's from-contact, now utils/backup/format-1.ts, person-json, views and timeline
 * as they were at version 6).
 * Version 6 stores these very forms: a version that changes them adds its own upgrade, and these stay. Pure.
 */
import { dueAtOf } from './schedule';
import type { CadenceSettingsV4, ContactV4, InteractionTypeV4, InteractionV4 } from './v4-types';
import { PERSON_FIELDS_V5, type ContactRowV5, type EntryVersionV5, type PersonDocV5 } from './v5-types';
import { timelineWordsOf } from './words';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A short hash (FNV-1a, 2 × 32 bits) of what an entry says, as the rev of a version without a history. */
function contentRev(entry: InteractionV4): string {
  const content = JSON.stringify([entry.id, entry.type, entry.text, entry.at, entry.createdAt, entry.updatedAt]);
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x811c9dc5) ^ (low >>> 7);
  }
  return `v1-${(low >>> 0).toString(36)}${(high >>> 0).toString(36)}`;
}

/** By entry id, then newest first, then by rev: the one order a document keeps its timeline in. */
function byIdThenNewest(a: EntryVersionV5, b: EntryVersionV5): number {
  return byCodeUnits(a.id, b.id) || b.updatedAt - a.updatedAt || byCodeUnits(a.rev, b.rev);
}

/** The contact and their timeline as one document: every field as changed when the contact was last saved. */
export function personFromContact(contact: ContactV4, interactions: readonly InteractionV4[]): PersonDocV5 {
  const timeline = new Map<string, EntryVersionV5>();
  for (const entry of interactions) {
    // Named by its content: the same entry, as two devices kept it, is one version.
    const version = { id: entry.id, rev: contentRev(entry), past: [], type: entry.type, text: entry.text };
    const full = { ...version, at: entry.at, createdAt: entry.createdAt, updatedAt: entry.updatedAt };
    if (!timeline.has(`${full.id}\n${full.rev}`)) timeline.set(`${full.id}\n${full.rev}`, full);
  }
  return {
    key: contact.key,
    createdAt: contact.createdAt,
    aliases: [...new Set(contact.aliases)].sort(byCodeUnits),
    profileId: contact.profileId ?? null,
    memberId: contact.memberId ?? null,
    name: contact.name,
    headline: contact.headline,
    company: contact.company,
    location: contact.location,
    photoUrl: contact.photoUrl,
    email: contact.email ?? '',
    tags: contact.tags,
    contactedAt: contact.contactedAt,
    cadenceDays: contact.cadenceDays === undefined ? 'inherit' : contact.cadenceDays,
    cadenceFromTagsOnly: contact.cadenceFromTagsOnly === true,
    followUpOn: contact.followUpOn ?? null,
    snoozedUntil: contact.snoozedUntil ?? null,
    connectedAt: contact.connectedAt ?? null,
    lastSeen: contact.lastSeen ?? null,
    changedAt: Object.fromEntries(PERSON_FIELDS_V5.map((field) => [field, contact.updatedAt])),
    deletedAt: null,
    timeline: [...timeline.values()].sort(byIdThenNewest),
  };
}

/** The document as the text `people` keeps: identity, the fields, their times, the deletion, the timeline. */
export function personToJson(doc: PersonDocV5): string {
  const changedAt = Object.fromEntries(Object.entries(doc.changedAt).sort(([a], [b]) => byCodeUnits(a, b)));
  return JSON.stringify({
    key: doc.key,
    createdAt: doc.createdAt,
    ...Object.fromEntries(PERSON_FIELDS_V5.map((field) => [field, doc[field]])),
    changedAt,
    deletedAt: doc.deletedAt,
    timeline: doc.timeline.map(({ id, rev, past, type, text, at, createdAt, updatedAt, deleted }) => ({
      ...{ id, rev, past, type, text, at, createdAt, updatedAt },
      ...(deleted && { deleted }),
    })),
  });
}

/** A person's live entries: for each entry its newest version, unless a newer deletion hides it. */
function liveEntries(timeline: readonly EntryVersionV5[]): EntryVersionV5[] {
  const byId = new Map<string, EntryVersionV5[]>();
  for (const version of timeline) byId.set(version.id, [...(byId.get(version.id) ?? []), version]);
  const live: EntryVersionV5[] = [];
  for (const versions of byId.values()) {
    const deletedAt = Math.max(-Infinity, ...versions.filter((v) => v.deleted).map((v) => v.updatedAt));
    const [newest] = versions
      .filter((version) => !version.deleted && version.updatedAt > deletedAt)
      .sort((a, b) => b.updatedAt - a.updatedAt || (a.rev < b.rev ? -1 : 1));
    if (newest) live.push(newest);
  }
  // Newest first, and by creation among equal times: the order the timeline words come in.
  return live.sort((a, b) => b.at - a.at || b.createdAt - a.createdAt);
}

const NOT_CONTACT: readonly InteractionTypeV4[] = ['note', 'headline_change', 'company_change'];

/** The summary row of a live person, with last contact, due time, timeline words and invitations worked out. */
export function contactRowOf(doc: PersonDocV5, settings: CadenceSettingsV4): ContactRowV5 {
  const timeline = liveEntries(doc.timeline);
  let lastContactAt = doc.contactedAt;
  for (const entry of timeline) {
    if (!NOT_CONTACT.includes(entry.type) && (lastContactAt === null || entry.at > lastContactAt)) {
      lastContactAt = entry.at;
    }
  }
  let updatedAt = doc.createdAt;
  for (const at of Object.values(doc.changedAt)) if (at !== undefined && at > updatedAt) updatedAt = at;
  for (const version of doc.timeline)
    if (!version.deleted && version.updatedAt > updatedAt) updatedAt = version.updatedAt;
  const contact: ContactV4 = {
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
    lastContactAt,
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
    updatedAt,
  };
  const invitedAt = timeline.filter((entry) => entry.type === 'invitation').map((entry) => entry.at);
  return { ...contact, dueAt: dueAtOf(contact, settings), invitedAt };
}
