/**
 * The law behind page-claims.test.ts, checked by fast-check: whatever a LinkedIn tab sends, with any ids of anyone
 * claimed in its payload, no message changes a stored person other than the one its URL names (and an invitation,
 * other than the one its card's key names), and an invitation changes no stored field at all.
 */
import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import type { Database } from '@/utils/db/database';
import { personFromJson } from '@/utils/model/person-json';
import type { Profile } from '@/utils/model/profile';
import { useTestDatabases } from '../../helpers/test-database';

const PEOPLE = ['aino-virtanen', 'mikko-korhonen', 'liisa-makela'].map((slug, index) => ({
  slug,
  profileId: `ACoAA${String.fromCharCode(97 + index).repeat(34)}`,
  memberId: String(1001 + index),
  name: slug,
}));

const NOW = Date.UTC(2026, 11, 7, 10);
let db: Database;
// Each run of the property below starts from an empty database of its own, made by newDatabase.
const newDatabase = useTestDatabases();
beforeEach(() => {
  fakeBrowser.reset();
  db = newDatabase();
});

/** Which person's id each of the payload's id fields carries (undefined: none), whatever the URL says. */
const claims = fc.record({
  slug: fc.option(fc.nat(PEOPLE.length - 1), { nil: undefined }),
  profileId: fc.option(fc.nat(PEOPLE.length - 1), { nil: undefined }),
  memberId: fc.option(fc.nat(PEOPLE.length - 1), { nil: undefined }),
});

const message = fc.record({
  urlPerson: fc.nat(PEOPLE.length - 1),
  urlForm: fc.constantFrom('slug' as const, 'profileId' as const),
  claims,
  kind: fc.constantFrom('view', 'note', 'update', 'join', 'invitation', 'edit-entry', 'delete-entry'),
  other: fc.nat(PEOPLE.length - 1),
  otherForm: fc.constantFrom('slug' as const, 'profileId' as const),
});

type Message = typeof message extends fc.Arbitrary<infer T> ? T : never;

function profileOf(key: string, ids: Message['claims']): Profile {
  return {
    layout: 'voyager',
    key,
    slug: ids.slug === undefined ? undefined : PEOPLE[ids.slug]!.slug,
    profileId: ids.profileId === undefined ? undefined : PEOPLE[ids.profileId]!.profileId,
    memberId: ids.memberId === undefined ? undefined : PEOPLE[ids.memberId]!.memberId,
    name: `forged ${key}`,
    headline: `forged headline ${key}`,
    company: 'Forged Oy',
    location: 'Forged',
    photoUrl: '',
  };
}

async function everyone(): Promise<Map<string, unknown>> {
  return new Map((await db.people.toArray()).map((stored) => [stored.key, personFromJson(stored.json)]));
}

/** The stored person holding `key` (as key or alias), or `key` itself for someone new. */
async function named(key: string): Promise<string> {
  const holders = await db.contacts.where('aliases').equals(key).toArray();
  return (
    holders.find((holder) => holder.key === key)?.key ??
    holders.sort((a, b) => a.createdAt - b.createdAt)[0]?.key ??
    key
  );
}

async function sendFromTab(m: Message): Promise<string> {
  const person = PEOPLE[m.urlPerson]!;
  const key = m.urlForm === 'slug' ? person.slug : person.profileId;
  const url = m.kind === 'invitation' ? 'https://www.linkedin.com/feed/' : `https://www.linkedin.com/in/${key}/`;
  const sender = { id: browser.runtime.id, url, tab: { id: 7, url } as never };
  const profile = profileOf(key, m.claims);
  const other = m.otherForm === 'slug' ? PEOPLE[m.other]!.slug : PEOPLE[m.other]!.profileId;
  const anyEntryId =
    (await db.people.toArray()).flatMap((stored) => personFromJson(stored.json).timeline)[0]?.id ?? 'x';
  const payloads = {
    view: ['person.view', { person: profile }],
    note: ['entry.add', { person: profile, type: 'meeting', text: 'note', at: NOW }],
    update: ['person.update', { person: profile, patch: { headline: 'mine', tags: ['t'] } }],
    join: ['person.join', { person: profile, other }],
    invitation: ['invitation.sent', { invitee: profile, text: 'Hi', at: NOW }],
    'edit-entry': ['entry.update', { person: profile, id: anyEntryId, patch: { text: 'edited' } }],
    'delete-entry': ['entry.delete', { person: profile, id: anyEntryId }],
  } as const;
  const [type, payload] = payloads[m.kind];
  const target = await named(key);
  await route(db, { type, payload }, sender, { now: () => NOW });
  return target;
}

it('no message from a tab changes anyone but the person its URL (or its invitation’s card) names', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 8 }), async (messages) => {
      await db.delete();
      db = newDatabase();
      for (const m of messages) {
        const before = await everyone();
        const target = await sendFromTab(m);
        const after = await everyone();
        for (const [key, doc] of before) {
          if (key !== target) expect(after.get(key), `${m.kind} changed ${key}`).toEqual(doc);
        }
        for (const key of after.keys()) {
          if (!before.has(key)) expect(key, `${m.kind} created ${key}`).toBe(target);
        }
        const targetBefore = before.get(target) as { timeline: unknown } | undefined;
        if (m.kind === 'invitation' && targetBefore) {
          const fields = (doc: unknown) => ({ ...(doc as object), timeline: undefined });
          expect(fields(after.get(target)), 'an invitation changed a stored field').toEqual(fields(targetBefore));
        }
      }
    }),
    { numRuns: 60 },
  );
});
