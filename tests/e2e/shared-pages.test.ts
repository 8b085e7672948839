/**
 * The panel on real LinkedIn pages saved by others (../shared/linkedin-pages, never committed here), served at
 * their own profile URLs and checked against the folder's hand-verified expected.json and expected-2026.json (the
 * pages added in December 2026, in the same form). Skipped, saying so, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProfile, sleep, startSession, type Session } from './harness';

const folder = resolve('../shared/linkedin-pages');
const present = existsSync(`${folder}/expected.json`);
// Counted as skipped in the summary, not silently absent.
if (!present) it.skip(`the saved-pages suite: ${folder} is not here`, () => {});
if (!present) console.warn(`Skipping the saved-pages e2e suite: ${folder} is not here.`);

interface Expected {
  name: string | null;
  headline?: string;
  currentCompany?: string;
  vanity?: string;
  canonicalLink?: string | null;
}
const expectedFiles = ['expected.json', 'expected-2026.json'];
const expected: Record<string, Expected> = present
  ? Object.assign({}, ...expectedFiles.map((file) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'))))
  : {};
const pages = Object.entries(expected)
  .filter(([file]) => file.endsWith('.html') && !file.startsWith('connect-invite'))
  .map(([file, facts]) => {
    const slug = facts.vanity ?? /\/in\/([^/]+)/.exec(facts.canonicalLink ?? '')![1];
    return { file, facts, slug, path: `/in/${slug}/` };
  });

describe.skipIf(!present)('the panel on saved real LinkedIn pages', () => {
  let session: Session;
  beforeAll(async () => {
    // One person has two saves (logged in and out): each gets its own session, so serve them one at a time.
    session = await startSession({});
  });
  afterAll(() => session?.close());

  it.each(pages)('$file', async ({ file, facts, slug, path }) => {
    await session.close();
    session = await startSession({ [path]: `${folder}/${file}` });
    const panel = await openProfile(session.context, path);
    if (facts.name === null) {
      await sleep(2000);
      expect(await panel.exists()).toBe(false);
      return;
    }
    await panel.waitForPerson(slug);
    expect((await panel.one('contact-name'))?.value).toBe(facts.name);
    expect((await panel.one('contact-headline'))?.value).toBe(facts.headline);
    expect((await panel.one('contact-company'))?.value).toBe(facts.currentCompany);
    expect(await panel.one('unknown-layout')).toBeUndefined();
  });
});
