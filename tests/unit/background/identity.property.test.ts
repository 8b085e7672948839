/**
 * The identity rules as laws, checked by fast-check over random browsing: sequences of (URL, page) snapshots
 * from every markup generation, with the previous person's card lingering after in-app navigation, cards
 * whose ids are scrubbed, logged-out pages and "Profile Not Found", each read by the real reader and sent
 * through the background's router as the content script would. Whatever the sequence:
 * - no note ever lands on another person, and no person ever holds another's id;
 * - no note is lost, and no stored person disappears by themselves (two join only when the user says so).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import type { Database } from '@/utils/db/database';
import { readProfile } from '@/utils/linkedin/profile';
import { parseHtml } from '../../helpers/dom';
import { storedEntries } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';
import { aliasesOf } from '@/utils/model/profile';

interface FictionalPerson {
  name: string;
  slug: string;
  profileId: string;
  memberId: string;
}

/** Fictional people, with ids of LinkedIn's forms. */
const PEOPLE: readonly FictionalPerson[] = [
  { name: 'Aino Virtanen', slug: 'aino-virtanen', profileId: `ACoAA${'a'.repeat(34)}`, memberId: '1001' },
  { name: 'Mikko Korhonen', slug: 'mikko-korhonen-77', profileId: `ACoAA${'b'.repeat(34)}`, memberId: '1002' },
  { name: 'Liisa Mäkelä', slug: 'liisa-makela', profileId: `ACoAA${'c'.repeat(34)}`, memberId: '1003' },
];

type Generation = 'sdui' | 'voyager' | 'guest' | 'unknown' | 'not-found';

/** Which of a person's ids a card shows: LinkedIn omits some, and an anonymised copy scrubs them. */
interface Shown {
  slug: boolean;
  profileId: boolean;
  memberId: boolean;
}

/** A page of one generation whose top card shows `person`, with only the ids in `shown`. */
function pageOf(generation: Generation, person: FictionalPerson, shown: Shown): string {
  const { name } = person;
  const slug = shown.slug ? person.slug : '';
  const id = shown.profileId ? person.profileId : '';
  const member = shown.memberId ? person.memberId : '';
  switch (generation) {
    case 'sdui':
      return `<title>${name} | LinkedIn</title><main>
        <div componentkey="com.linkedin.sdui.profile.card.ref${id}Topcard">
          <h2>${name}</h2><p>Engineer</p>
          ${slug && `<p><a href="https://www.linkedin.com/in/${slug}/overlay/contact-info/">Contact info</a></p>`}
          ${member && `<a componentkey="ConnectButtonstate:invitation:urn:li:member:${member}_connect">Connect</a>`}
        </div></main>`;
    case 'voyager':
      return `<title>${name} | LinkedIn</title><main>
        <section class="artdeco-card" data-member-id="${member}">
          ${slug ? `<a href="/in/${slug}/overlay/about-this-profile/"><h1>${name}</h1></a>` : `<h1>${name}</h1>`}
          <div class="text-body-medium break-words">Engineer</div>
          ${id && `<a href="/search/results/people/?facetConnectionOf=%5B%22${id}%22%5D">Mutual</a>`}
        </section></main>`;
    case 'guest':
      return `<head><title>${name} | LinkedIn</title>
        ${slug && `<link rel="canonical" href="https://fi.linkedin.com/in/${slug}">`}</head><body>
        <section class="top-card-layout"><h1 class="top-card-layout__title">${name}</h1></section>
        ${member && `<div data-semaphore-content-type="PROFILE" data-semaphore-content-urn="urn:li:member:${member}"></div>`}
        </body>`;
    case 'unknown':
      return `<title>${name} | LinkedIn</title><div class="something-new">${name}</div>`;
    case 'not-found':
      return `<title>LinkedIn</title><div class="page-not-found">Profile Not Found</div>`;
  }
}

/** One look at a page: whose URL, in which form, and whose card (the URL's person, or one lingering). */
const snapshot = fc.record({
  urlPerson: fc.nat(PEOPLE.length - 1),
  urlForm: fc.constantFrom('slug' as const, 'profileId' as const),
  cardPerson: fc.option(fc.nat(PEOPLE.length - 1), { nil: undefined, freq: 2 }), // undefined: the URL's own
  generation: fc.constantFrom<Generation>('sdui', 'voyager', 'guest', 'unknown', 'not-found'),
  shown: fc.record({ slug: fc.boolean(), profileId: fc.boolean(), memberId: fc.boolean() }),
  writesNote: fc.boolean(),
});

const NOW = Date.UTC(2026, 11, 2, 10);
let db: Database;

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });

/** Reading a page is pure: each distinct page is parsed once (happy-dom's parser is the slow part). */
const readings = new Map<string, ReturnType<typeof readProfile>>();
function read(html: string, url: string) {
  const id = `${url}\n${html}`;
  if (!readings.has(id)) readings.set(id, readProfile(parseHtml(html, url), url));
  return readings.get(id)!;
}

/** Whose id this is, in the world of PEOPLE. */
function ownerOf(alias: string): number {
  return PEOPLE.findIndex((person) => aliasesOf({ key: person.slug, ...person }).includes(alias));
}

describe('identity over random browsing', () => {
  it('never puts a note, or an id, on another person, loses no note, and joins no one by itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(snapshot, { minLength: 1, maxLength: 12 }), async (steps) => {
        await db.contacts.clear();
        await db.people.clear();
        const noteOwners = new Map<string, number>();
        const keysSeen = new Set<string>();
        for (const [index, step] of steps.entries()) {
          const person = PEOPLE[step.urlPerson];
          const url = `https://www.linkedin.com/in/${person[step.urlForm]}/`;
          const onCard = PEOPLE[step.cardPerson ?? step.urlPerson];
          const profile = read(pageOf(step.generation, onCard, step.shown), url);
          if (!profile) continue;
          const tab = { id: browser.runtime.id, url, tab: { id: 1 } as never };
          const text = `note ${index}`;
          const message = step.writesNote
            ? { type: 'entry.add', payload: { person: profile, type: 'note', text, at: NOW } }
            : { type: 'person.view', payload: { person: profile } };
          const reply = await route(db, message, tab, { now: () => NOW + index });
          expect(reply, JSON.stringify(profile)).toMatchObject({ ok: true });
          if (step.writesNote) noteOwners.set(text, step.urlPerson);
          for (const key of await db.contacts.toCollection().primaryKeys()) keysSeen.add(key);
          // No stored person disappears unless the user joins them.
          expect(await db.contacts.count()).toBe(keysSeen.size);
        }
        const contacts = await db.contacts.toArray();
        const entries = await storedEntries(db);
        expect(entries.map((entry) => entry.text).sort()).toEqual([...noteOwners.keys()].sort());
        for (const contact of contacts) {
          const owners = new Set(contact.aliases.map(ownerOf));
          expect(owners.size, `${contact.key} holds ${contact.aliases.join(', ')}`).toBe(1);
          const [owner] = owners;
          for (const entry of entries.filter((entry) => entry.contactKey === contact.key)) {
            expect(noteOwners.get(entry.text), `${entry.text} on ${contact.key}`).toBe(owner);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
