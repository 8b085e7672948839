/**
 * A LinkedIn tab names its person by its address; every other id it sends is a claim. These are the attacks a
 * page (or a reader that took an id from a "People also viewed" card) could make through those claims, sent
 * through the background's router as the content script would: none may read, change, link or join anyone but
 * the person the tab's URL names.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { route } from '@/entrypoints/background/router';
import type { Database } from '@/utils/db/database';
import { readPerson } from '@/utils/db/people/read';
import { savePeople } from '@/utils/db/people/write';
import { loadSettings } from '@/utils/db/settings-store';
import { newPerson } from '@/utils/model/person';
import type { Profile } from '@/utils/model/profile';
import { useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 11, 7, 10);
const MATTI_ID = `ACoAA${'m'.repeat(34)}`;
let db: Database;

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });

const tabOn = (path: string) => ({
  id: browser.runtime.id,
  url: `https://www.linkedin.com${path}`,
  tab: { id: 7, url: `https://www.linkedin.com${path}` } as never,
});

const matti = (overrides: Partial<Profile> = {}): Profile => ({
  layout: 'voyager',
  key: 'matti-nieminen',
  slug: 'matti-nieminen',
  profileId: MATTI_ID,
  memberId: '4004',
  name: 'Matti Nieminen',
  headline: 'CFO at Kuusi Oy',
  company: 'Kuusi Oy',
  location: 'Oulu',
  photoUrl: '',
  ...overrides,
});

/** Liisa's page, carrying whichever of Matti's ids the attack (or a misread card) put in it. */
const liisaWith = (claims: Partial<Profile>): Profile => ({
  layout: 'voyager',
  key: 'liisa-makela',
  name: 'Liisa Mäkelä',
  headline: 'Forged headline',
  company: 'Forged Oy',
  location: 'Nowhere',
  photoUrl: '',
  ...claims,
});

const CLAIMS: [string, Partial<Profile>][] = [
  ['slug', { slug: 'matti-nieminen' }],
  ['profile id', { profileId: MATTI_ID }],
  ['member id', { memberId: '4004' }],
];

async function send(type: string, payload: unknown, path = '/in/liisa-makela/') {
  return route(db, { type, payload }, tabOn(path), { now: () => NOW });
}

/** Matti, saved with every id of his (as a backup from another browser or a sync would bring him), and a note. */
async function saveMatti() {
  const ids = { ...newPerson('matti-nieminen', { aliases: ['matti-nieminen', MATTI_ID, 'member:4004'] }, NOW - 2000) };
  await savePeople(db, [ids], await loadSettings(db));
  const reply = await send(
    'entry.add',
    { person: matti(), type: 'note', text: 'Private: wants to leave Kuusi', at: NOW - 1000 },
    '/in/matti-nieminen/',
  );
  expect(reply).toMatchObject({ ok: true });
  return readPerson(db, 'matti-nieminen');
}

describe.each(CLAIMS)('a page on Liisa’s address claiming Matti’s %s', (_, claims) => {
  it('is answered about Liisa (no one yet), never with Matti’s record or notes, and links nothing', async () => {
    const before = await saveMatti();
    const reply = await send('person.view', { person: liisaWith(claims) });
    expect(reply).toMatchObject({ ok: true, data: { summary: null, entries: [] } });
    expect(JSON.stringify(reply)).not.toContain('wants to leave');
    expect(await readPerson(db, 'matti-nieminen')).toEqual(before);
    // The next real visit of Liisa's page still shows no one, not Matti.
    const real = await send('person.view', { person: liisaWith({}) });
    expect(real).toMatchObject({ ok: true, data: { summary: null } });
  });

  it('writes a note onto a new Liisa keyed by her address, leaving Matti as he was', async () => {
    const before = await saveMatti();
    const reply = await send('entry.add', { person: liisaWith(claims), type: 'note', text: 'Hi', at: NOW });
    expect(reply).toMatchObject({ ok: true, data: { summary: { key: 'liisa-makela', name: 'Liisa Mäkelä' } } });
    expect(await readPerson(db, 'matti-nieminen')).toEqual(before);
    const liisa = await readPerson(db, 'liisa-makela');
    // Matti's ids are his: they are not linked to Liisa.
    expect(liisa?.aliases).toEqual(['liisa-makela']);
    expect(liisa?.profileId ?? null).toBeNull();
    expect(liisa?.memberId ?? null).toBeNull();
  });

  it('cannot join Matti into Liisa, whether Liisa is saved or not', async () => {
    const before = await saveMatti();
    const joinMatti = { person: liisaWith(claims), other: 'matti-nieminen' };
    expect(await send('person.join', joinMatti)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await send('entry.add', { person: liisaWith({}), type: 'note', text: 'Hi', at: NOW });
    expect(await send('person.join', joinMatti)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readPerson(db, 'matti-nieminen')).toEqual(before);
  });

  it('is told that the page shows an id of someone saved, without being told whom', async () => {
    await saveMatti();
    const reply = await send('person.view', { person: liisaWith(claims) });
    expect(reply).toMatchObject({ ok: true, data: { sameAs: [], samePageIds: 1 } });
    expect(JSON.stringify(reply)).not.toContain('Matti');
  });
});

it('keys a new person by the tab’s address, not by the slug the page claims', async () => {
  const reply = await send('entry.add', {
    person: liisaWith({ slug: 'someone-else' }),
    type: 'note',
    text: 'Hi',
    at: NOW,
  });
  expect(reply).toMatchObject({ ok: true, data: { summary: { key: 'liisa-makela' } } });
  expect(await readPerson(db, 'someone-else')).toBeUndefined();
});

describe('an invitation logged from any LinkedIn page', () => {
  const fromFeed = (invitee: Profile, text = 'Hi Matti, we met at Slush.') =>
    send('invitation.sent', { invitee, text, at: NOW }, '/feed/');

  it('appends its entry to a stored invitee and changes none of their fields', async () => {
    const before = (await saveMatti())!;
    const forged = matti({ headline: 'Forged', company: 'Forged Oy', location: 'Forged', name: 'Forged Name' });
    expect(await fromFeed({ ...forged, photoUrl: 'https://media.licdn.com/forged.jpg' })).toMatchObject({
      ok: true,
      data: { used: 1 },
    });
    const after = (await readPerson(db, 'matti-nieminen'))!;
    const fields = ({ timeline: _t, ...rest }: typeof before) => rest;
    expect(fields(after)).toEqual(fields(before));
    const added = after.timeline.filter((entry) => !before.timeline.some((old) => old.id === entry.id));
    expect(added.map((entry) => [entry.type, entry.text])).toEqual([['invitation', 'Hi Matti, we met at Slush.']]);
  });

  it('creates a new invitee from the card, linking none of another saved person’s ids', async () => {
    const before = await saveMatti();
    const stranger = matti({ key: 'pekka-laine', slug: 'pekka-laine', name: 'Pekka Laine', headline: 'Dev' });
    expect(await fromFeed(stranger, 'Hi Pekka')).toMatchObject({ ok: true });
    expect(await readPerson(db, 'matti-nieminen')).toEqual(before);
    const pekka = await readPerson(db, 'pekka-laine');
    expect(pekka).toMatchObject({ name: 'Pekka Laine', headline: 'Dev', aliases: ['pekka-laine'] });
  });
});

describe('an id the page claims that someone saved holds: the user compares them on the dashboard', () => {
  const dashboard = () => ({ id: browser.runtime.id, url: `${browser.runtime.getURL('/')}dashboard.html` });
  const fromDashboard = (type: string, payload: unknown) =>
    route(db, { type, payload }, dashboard(), { now: () => NOW });

  /** Matti under a new address (he changed his slug): the page shows his profile id, which the old Matti holds. */
  const renamed = () => matti({ key: 'matti-k-nieminen', slug: 'matti-k-nieminen', memberId: undefined });

  async function compareFromTab(): Promise<string> {
    const opened: string[] = [];
    browser.tabs.onCreated.addListener((tab) => opened.push(tab.url ?? ''));
    const reply = await send('person.compare', { person: renamed() }, '/in/matti-k-nieminen/');
    expect(reply).toEqual({ ok: true, data: null });
    await expect.poll(() => opened.length).toBe(1);
    const [, token] = /#compare\/([\w-]+)$/.exec(opened[0]!)!;
    return token!;
  }

  it('opens the dashboard, which shows both, and joins them when the user says so', async () => {
    await saveMatti();
    const token = await compareFromTab();
    expect(await fromDashboard('compare.show', { token })).toEqual({
      ok: true,
      data: {
        page: { key: 'matti-k-nieminen', name: 'Matti Nieminen', headline: 'CFO at Kuusi Oy' },
        claims: {
          person: null,
          others: [{ key: 'matti-nieminen', name: 'Matti Nieminen', headline: 'CFO at Kuusi Oy' }],
        },
      },
    });
    const joined = await fromDashboard('compare.join', { token, other: 'matti-nieminen' });
    // The page's person was never saved: Matti, saved, takes in the page's address, and stays who he was.
    expect(joined).toMatchObject({
      ok: true,
      data: { summary: { key: 'matti-nieminen', name: 'Matti Nieminen' }, undoToken: expect.any(String) },
    });
    // The next visit finds him under the new address, with his notes, and asks no more.
    const view = await send('person.view', { person: renamed() }, '/in/matti-k-nieminen/');
    expect(view).toMatchObject({ ok: true, data: { summary: { key: 'matti-nieminen' }, samePageIds: 0 } });
    expect((view as { data: { entries: { text: string }[] } }).data.entries.map((i) => i.text)).toEqual([
      'Private: wants to leave Kuusi',
    ]);
    // Undo leaves no one behind who was not there before.
    const { undoToken } = (joined as { data: { undoToken: string } }).data;
    expect(await fromDashboard('person.separate', { undoToken })).toMatchObject({ ok: true });
    expect((await db.contacts.toArray()).map((row) => row.key)).toEqual(['matti-nieminen']);
    expect((await readPerson(db, 'matti-nieminen'))?.aliases).not.toContain('matti-k-nieminen');
    expect(await readPerson(db, 'matti-k-nieminen')).toBeUndefined();
  });

  it('joins no one the page did not claim, and knows no token it did not give', async () => {
    await saveMatti();
    await send('entry.add', { person: liisaWith({}), type: 'note', text: 'Hi', at: NOW });
    const token = await compareFromTab();
    expect(await fromDashboard('compare.join', { token, other: 'liisa-makela' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await fromDashboard('compare.show', { token: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('opens no tab for a page that shows no one’s id', async () => {
    await saveMatti();
    const opened: string[] = [];
    browser.tabs.onCreated.addListener((tab) => opened.push(tab.url ?? ''));
    const reply = await send('person.compare', { person: liisaWith({}) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(opened).toEqual([]);
  });

  it.each(['compare.show', 'compare.join'])('refuses %s from a LinkedIn tab', async (type) => {
    await saveMatti();
    const token = await compareFromTab();
    const reply = await send(type, { token, other: 'matti-nieminen' }, '/in/matti-k-nieminen/');
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

it('links no id a page claims, so that no later address can select the wrong person by it', async () => {
  // Alice's page under her profile id claims Bob's slug (misread from a card, or forged); no one holds it yet.
  const ALICE_ID = `ACoAA${'a'.repeat(34)}`;
  const alice = { ...liisaWith({ slug: 'bob-berg' }), key: ALICE_ID, profileId: ALICE_ID, name: 'Alice' };
  expect(
    await send('entry.add', { person: alice, type: 'note', text: 'Alice’s note', at: NOW }, `/in/${ALICE_ID}/`),
  ).toMatchObject({ ok: true });
  expect((await readPerson(db, ALICE_ID))?.aliases).toEqual([ALICE_ID]);
  // Bob's own page, later: no one is saved under his address.
  const bob = { ...liisaWith({}), key: 'bob-berg', slug: 'bob-berg', name: 'Bob Berg' };
  const view = await send('person.view', { person: bob }, '/in/bob-berg/');
  expect(view).toMatchObject({ ok: true, data: { summary: null, entries: [] } });
});

it('keeps asking about an id the page claims after a note or an edit on the page’s person', async () => {
  await saveMatti();
  const withClaim = liisaWith({ memberId: '4004' });
  const added = await send('entry.add', { person: withClaim, type: 'note', text: 'Hi', at: NOW });
  expect(added).toMatchObject({ ok: true, data: { samePageIds: 1 } });
  const edited = await send('person.update', { person: withClaim, patch: { tags: ['designers'] } });
  expect(edited).toMatchObject({ ok: true, data: { samePageIds: 1 } });
});
