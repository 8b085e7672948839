/**
 * Whom a message is about, as a schema: the profile a LinkedIn page shows (checked by the router against the tab's
 * address), or a stored person by key (our own pages; never created that way).
 */
import * as z from 'zod/mini';
import { key, personText, photoUrl, text } from '../model/schemas';
import type { Profile } from '../model/profile';

/** What the content script read of the profile on screen (utils/linkedin/profile.ts). */
export const ProfileSchema: z.ZodMiniType<Profile> = z.object({
  layout: z.enum(['sdui', 'voyager', 'guest', 'subpage', 'unknown']),
  key,
  slug: z.optional(text(200)),
  profileId: z.optional(z.string().check(z.regex(/^ACoAA[A-Za-z0-9_-]{34}$/))),
  memberId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
  name: personText(300),
  headline: personText(1000),
  company: personText(300),
  location: personText(300),
  // Only LinkedIn's own media host: anything else would be a request to a third party when shown.
  photoUrl,
  cardShowsNoId: z.optional(z.literal(true)),
});

/** A stored person by key: the dashboard's way to name a person (strict: a profile is never taken for one). */
const StoredKeySchema = z.strictObject({ key });

/** Whom a message is about: the person on a LinkedIn page, or a stored person. */
export const WhomSchema = z.union([ProfileSchema, StoredKeySchema]);
