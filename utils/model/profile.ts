/**
 * A *profile*: what a LinkedIn page shows of a person, as the content script reads it (utils/linkedin/profile.ts),
 * and what a person's document takes from it. Pure; its schema, for messages, is declared against this type
 * (utils/messages/whom.ts).
 */
import { EMPTY_FIELDS, type PersonFields } from './person';

/**
 * Where a profile's fields come from: a top card of one of the three generations; or, keyed by the URL with the
 * name from the title at best, a screen of a person's own without a top card (`subpage`: all experience,
 * activity) or a layout none of the readers knows (`unknown`).
 */
export type Layout = 'sdui' | 'voyager' | 'guest' | 'subpage' | 'unknown';

/** What one look at a profile page tells. Empty strings where the page does not show a field. */
export interface Profile {
  layout: Layout;
  /** The key the page's own address gives (the router checks it against the tab's URL). */
  key: string;
  slug?: string;
  profileId?: string;
  memberId?: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  photoUrl: string;
  /**
   * The top card showed none of the ids the page's address names: it may be the previous person's, still on
   * screen after in-app navigation (or a copy with its ids scrubbed). Its words are shown, keyed by the
   * address, but nothing is noticed or brought up to date from them.
   */
  cardShowsNoId?: true;
}

/** What LinkedIn showed of a person the last time we looked, to notice changes. */
export interface SeenProfile {
  headline: string;
  company: string;
  /**
   * Not seen on a page yet: the headline (LinkedIn's Position) and company of its data export, which filled them
   * in. The first page seen brings up to date what still says the export's, as news of nothing.
   */
  fromExport?: true;
}

/** A field LinkedIn now shows differently from the last visit. */
export interface ProfileChange {
  field: 'headline' | 'company';
  from: string;
  to: string;
}

/** The aliases of a person from the ids a page shows: `member:` marks the numeric id apart from slugs. */
export function aliasesOf(ids: { key: string; slug?: string; profileId?: string; memberId?: string }): string[] {
  const aliases = [ids.key, ids.slug, ids.profileId, ids.memberId && `member:${ids.memberId}`];
  return [...new Set(aliases.filter((alias): alias is string => Boolean(alias)))];
}

/**
 * Whether the profile's fields were read from a top card that is this person's. A screen without one
 * (`subpage`), a layout the reader does not know (`unknown`) and a card that shows none of the address's ids
 * know the person by the URL only: their fields are no reading to notice changes against.
 */
export function readsTopCard(profile: Pick<Profile, 'layout' | 'cardShowsNoId'>): boolean {
  return profile.layout !== 'subpage' && profile.layout !== 'unknown' && !profile.cardShowsNoId;
}

/** The page's own profile id: its key, when its address names the person by profile id (`/in/ACoAA…/`). */
function ownProfileId(profile: Profile): string | null {
  return profile.profileId !== undefined && profile.profileId === profile.key ? profile.key : null;
}

/**
 * The fields of someone new, as the page shows them, when the user first adds something about them: known by the
 * page's own key only (the other ids it shows are claims: page-identity.ts). A card that shows none of the
 * page's ids gives no words: they may be the previous person's; the next card that proves whom it shows fills
 * them in (refreshFromProfile fills what is empty).
 */
export function personFieldsFromProfile(profile: Profile): PersonFields {
  const fields = { ...EMPTY_FIELDS, aliases: [profile.key], profileId: ownProfileId(profile) };
  if (profile.cardShowsNoId) return fields;
  const { name, headline, company, location, photoUrl } = profile;
  return {
    ...fields,
    ...{ name, headline, company, location, photoUrl },
    lastSeen: readsTopCard(profile) ? { headline, company } : null,
  };
}

/**
 * What a stored person takes from the page: headline and company changes noticed against what LinkedIn showed
 * last time (not against the user's own edits, which stay until LinkedIn itself changes), its location and photo,
 * and its own profile id. No ids it only claims. No fields when nothing changed.
 */
export function refreshFromProfile(
  person: PersonFields,
  profile: Profile,
): { fields: Partial<PersonFields>; changes: ProfileChange[] } {
  const fields: Partial<PersonFields> = {};
  const profileId = ownProfileId(profile);
  if (!person.profileId && profileId) fields.profileId = profileId;
  if (!readsTopCard(profile)) return { fields, changes: [] };

  const changes: ProfileChange[] = [];
  const fromExport = person.lastSeen?.fromExport === true;
  for (const field of ['headline', 'company'] as const) {
    const shown = profile[field];
    const before = person.lastSeen?.[field] ?? '';
    if (fromExport) {
      // What the user typed since stays; the export's own words were never news, and are not now.
      const asExported = !person[field] || person[field] === before;
      if (shown && asExported && shown !== person[field]) fields[field] = shown;
    } else if (shown && before && shown !== before) {
      changes.push({ field, from: before, to: shown });
      fields[field] = shown;
    } else if (shown && !person[field]) {
      fields[field] = shown;
    }
  }
  if (!person.name && profile.name) fields.name = profile.name;
  if (profile.location && profile.location !== person.location) fields.location = profile.location;
  if (profile.photoUrl && profile.photoUrl !== person.photoUrl) fields.photoUrl = profile.photoUrl;
  const seen = { headline: profile.headline, company: profile.company };
  if (fromExport || seen.headline !== person.lastSeen?.headline || seen.company !== person.lastSeen?.company) {
    fields.lastSeen = seen;
  }
  return { fields, changes };
}
