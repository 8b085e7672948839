/**
 * What the side panel believes of its tab (entrypoints/sidepanel/tab-page.ts). The tab's content script answers
 * it, and the page may have forged that answer: the side panel shows a person only when the profile is well
 * formed and is the one the tab's own address names, as the background does for a tab's messages (router.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tabPageOf } from '@/entrypoints/sidepanel/tab-page';
import { ainoProfile } from '../../helpers/profiles';

const AINO_URL = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';
const slugs = fc.stringMatching(/^[a-z][a-z0-9-]{2,30}$/);

describe('the tab page a side panel accepts', () => {
  it('shows the person the tab’s address names, with LinkedIn’s note box', () => {
    const noteBox = { limit: 200, invitee: null };
    expect(tabPageOf({ profile: ainoProfile(), noteBox }, AINO_URL)).toEqual({ profile: ainoProfile(), noteBox });
  });

  it('shows no one for a profile the tab’s address does not name, whoever the page says it is', () => {
    fc.assert(
      fc.property(slugs, slugs, (shown, named) => {
        fc.pre(shown !== named);
        const page = { profile: ainoProfile({ key: shown, slug: shown }), noteBox: null };
        expect(tabPageOf(page, `https://www.linkedin.com/in/${named}/`).profile).toBeNull();
      }),
    );
  });

  it('takes nothing from an answer that is not a tab page', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const page = tabPageOf(junk, AINO_URL);
        expect(page.profile === null || page.profile.key === 'aino-virtanen-4b2a1c').toBe(true);
      }),
    );
    expect(tabPageOf({ profile: { ...ainoProfile(), layout: 'forged' }, noteBox: null }, AINO_URL).profile).toBeNull();
    expect(tabPageOf({ profile: null, noteBox: { limit: 'many', invitee: null } }, AINO_URL).noteBox).toBeNull();
  });

  it('shows no one on a tab whose address is not known', () => {
    expect(tabPageOf({ profile: ainoProfile(), noteBox: null }, undefined).profile).toBeNull();
  });
});
