import { describe, expect, it } from 'vitest';
import {
  contactKeyFromUrl,
  identityFromUrl,
  isLinkedInUrl,
  isPersonPage,
  isProfilePage,
  isProfileSubpage,
  linkedInUrlExamples,
  urlExamples,
} from '@/utils/linkedin/urls';

const predicates = { isProfilePage, isProfileSubpage } as const;

describe('URL predicates match their own examples and no other predicate’s', () => {
  for (const [name, predicate] of Object.entries(predicates)) {
    for (const [group, urls] of Object.entries(urlExamples)) {
      it.each(urls)(`${name}(%s) is ${group === name}`, (url) => expect(predicate(url)).toBe(group === name));
    }
  }
});

describe('isPersonPage: a profile, its overlays and its own screens all belong to the person', () => {
  it.each([...urlExamples.isProfilePage, ...urlExamples.isProfileSubpage])('%s', (url) =>
    expect(isPersonPage(url)).toBe(true),
  );
  it.each(urlExamples.neither)('not %s', (url) => expect(isPersonPage(url)).toBe(false));
});

describe('isLinkedInUrl: LinkedIn’s own hosts, country hosts among them, and nothing else', () => {
  it.each(linkedInUrlExamples.linkedIn)('%s', (url) => expect(isLinkedInUrl(url)).toBe(true));
  it.each(linkedInUrlExamples.notLinkedIn)('not %s', (url) => expect(isLinkedInUrl(url)).toBe(false));
});

describe('contactKeyFromUrl: every form of one person gives one key', () => {
  it.each([
    ['https://www.linkedin.com/in/aino-virtanen', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/Aino-Virtanen/?locale=fi_FI', 'aino-virtanen'],
    ['https://fi.linkedin.com/in/aino-virtanen', 'aino-virtanen'],
    ['https://linkedin.com/in/aino-virtanen/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/details/experience/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/recent-activity/all/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/overlay/contact-info/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3Ax', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen?trk=public_profile_browsemap', 'aino-virtanen'],
    ['https://www.linkedin.com/in/aino-virtanen/#experience', 'aino-virtanen'],
    ['https://www.linkedin.com/public-profile/in/aino-virtanen/', 'aino-virtanen'],
    ['https://www.linkedin.com/in/%C3%B6mer-kaya-1a2b3c/', 'ömer-kaya-1a2b3c'],
    ['https://www.linkedin.com/in/%C3%96MER-KAYA-1a2b3c/', 'ömer-kaya-1a2b3c'],
    // NFD ("o" + combining diaeresis) and NFC spellings are one person.
    ['https://www.linkedin.com/in/o%CC%88mer-kaya-1a2b3c/', 'ömer-kaya-1a2b3c'],
    // Profile ids are case-sensitive and kept as they are.
    ['https://www.linkedin.com/in/ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy/', 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy'],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.linkedin.com/in/me/', null],
    ['https://www.linkedin.com/in/%E0%A4%A/', null],
    ['https://example.org/in/aino-virtanen/', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => expect(contactKeyFromUrl(url)).toBe(key));

  it('tells a slug from a profile id', () => {
    expect(identityFromUrl('https://www.linkedin.com/in/aino-virtanen/')).toEqual({ slug: 'aino-virtanen' });
    expect(identityFromUrl('https://www.linkedin.com/in/ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy')).toEqual({
      profileId: 'ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwXy',
    });
    // One character short of a profile id is a (strange) slug, not an id.
    expect(identityFromUrl('https://www.linkedin.com/in/ACoAAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uVwX')).toEqual({
      slug: 'acoaab1cd2ef3gh4ij5kl6mn7op8qr9st0uvwx',
    });
  });
});
