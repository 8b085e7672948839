/**
 * The reader against real LinkedIn pages saved by others, in ../shared/linkedin-pages (never committed here).
 * Checked against that folder's hand-verified expected.json and expected-2026.json (the pages added in December
 * 2026, in the same form). Skipped, saying so, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/profile';
import { loadPage } from '../../helpers/dom';

const folder = '../shared/linkedin-pages';
const present = existsSync(`${folder}/expected.json`);
// Counted as skipped in the summary, not silently absent.
if (!present) it.skip(`the saved-pages suite: ${folder} is not here`, () => {});
if (!present) console.warn(`Skipping the saved-pages suite: ${folder} is not here.`);

interface Expected {
  name: string | null;
  headline?: string;
  currentCompany?: string;
  location?: string;
  vanity?: string;
  fsdProfileId?: string | null;
  memberId?: string | null;
  canonicalLink?: string | null;
}

const expectedFiles = ['expected.json', 'expected-2026.json'];
const expected: Record<string, Expected> = present
  ? Object.assign({}, ...expectedFiles.map((file) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'))))
  : {};
const profilePages = Object.entries(expected).filter(
  ([file]) => file.endsWith('.html') && !file.startsWith('connect-invite'),
);

describe.skipIf(!present)('readProfile on saved real LinkedIn pages', () => {
  it.each(profilePages)('%s', (file, facts) => {
    const slug = facts.vanity ?? /\/in\/([^/]+)/.exec(facts.canonicalLink ?? '')?.[1];
    const url = `https://www.linkedin.com/in/${slug}/`;
    const profile = readProfile(loadPage(`${folder}/${file}`, url), url);
    if (facts.name === null) {
      expect(profile).toBeNull();
      return;
    }
    expect(profile).toMatchObject({
      name: facts.name,
      headline: facts.headline,
      company: facts.currentCompany,
      location: facts.location,
      slug: facts.vanity,
      profileId: facts.fsdProfileId ?? undefined,
      memberId: facts.memberId ?? undefined,
    });
    expect(profile?.layout).not.toBe('unknown');
  });
});
