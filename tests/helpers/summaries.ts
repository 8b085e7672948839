/** Summaries of fictional people, as the `contacts` table holds them, for tests and the bench's generated files. */
import { aliasesOf, readsTopCard, type Profile } from '@/utils/model/profile';
import type { Summary } from '@/utils/model/summary';

/** The summary of someone just saved from a profile: no rhythm of their own, nothing logged yet. */
export function summaryOf(profile: Profile, now: number): Summary {
  return {
    key: profile.key,
    aliases: aliasesOf(profile),
    profileId: profile.profileId,
    memberId: profile.memberId,
    name: profile.name,
    headline: profile.headline,
    company: profile.company,
    location: profile.location,
    photoUrl: profile.photoUrl,
    tags: [],
    contactedAt: null,
    lastContactAt: null,
    followUpOn: null,
    snoozedUntil: null,
    dueAt: null,
    lastSeen: readsTopCard(profile) ? { headline: profile.headline, company: profile.company } : null,
    connectedAt: null,
    email: '',
    timelineWords: '',
    createdAt: now,
    updatedAt: now,
  };
}
