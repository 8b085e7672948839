import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Database } from '@/utils/db/database';
import { isTrustedSender, route } from '@/entrypoints/background/router';
import { messages } from '@/utils/messages';
import { ainoProfile } from '../../helpers/profiles';
import { storedEntries } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 10, 23, 10);
let db: Database;

const linkedInTab = () => ({
  id: browser.runtime.id,
  url: 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
  tab: { id: 7 } as never,
});
const extensionPage = () => ({ id: browser.runtime.id, url: `${browser.runtime.getURL('/')}dashboard.html` });

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });
afterEach(() => {
  vi.restoreAllMocks();
});

describe('who may send messages', () => {
  it.each([
    ['our content script on LinkedIn', linkedInTab, true],
    ['our extension page', extensionPage, true],
    ['another extension', () => ({ ...linkedInTab(), id: 'someone-else' }), false],
    ['our id but another site', () => ({ ...linkedInTab(), url: 'https://evil.example/in/x/' }), false],
    ['a LinkedIn URL outside a tab', () => ({ id: browser.runtime.id, url: 'https://www.linkedin.com/' }), false],
    ['a look-alike host', () => ({ ...linkedInTab(), url: 'https://www.linkedin.com.evil.example/' }), false],
    ['our content script on a country host', () => ({ ...linkedInTab(), url: 'https://fi.linkedin.com/in/x/' }), true],
    ['a country host’s look-alike', () => ({ ...linkedInTab(), url: 'https://fi.linkedin.com.evil.example/' }), false],
    ['LinkedIn over plain http', () => ({ ...linkedInTab(), url: 'http://fi.linkedin.com/in/x/' }), false],
    ['a LinkedIn host we do not run on', () => ({ ...linkedInTab(), url: 'https://business.linkedin.com/' }), false],
    ['no URL', () => ({ id: browser.runtime.id }), false],
  ])('%s → %s', (_, sender, trusted) => expect(isTrustedSender(sender())).toBe(trusted));
});

describe('route', () => {
  it('answers a well-formed message with its handler’s result', async () => {
    const reply = await route(
      db,
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', text: 'Hello', at: NOW } },
      linkedInTab(),
      { now: () => NOW },
    );
    expect(reply).toMatchObject({ ok: true, data: { summary: { key: 'aino-virtanen-4b2a1c' } } });
  });

  it('refuses a foreign sender before reading the payload', async () => {
    const reply = await route(db, { type: 'tags.list', payload: {} }, { ...linkedInTab(), id: 'other' });
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
  });

  it.each([
    ['an unknown type', { type: 'contacts.deleteAll', payload: {} }],
    ['no type at all', 'hello'],
    ['a missing field', { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', at: NOW } }],
    [
      'a wrong interaction type',
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'company_change', text: 'x', at: NOW } },
    ],
    [
      'a photo from another host',
      { type: 'person.view', payload: { person: ainoProfile({ photoUrl: 'https://tracker.example/p.gif' }) } },
    ],
    ['a bad profile id', { type: 'person.view', payload: { person: ainoProfile({ profileId: 'ACoAA<script>' }) } }],
    [
      'a note too long',
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', text: 'x'.repeat(20_001), at: NOW } },
    ],
    ['a negative time', { type: 'person.update', payload: { person: ainoProfile(), patch: { contactedAt: -1 } } }],
  ])('refuses %s as invalid, and stores nothing', async (_, message) => {
    const reply = await route(db, message, linkedInTab());
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('reports a full disk as such instead of swallowing it', async () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(quota);
    const reply = await route(
      db,
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', text: 'Hello', at: NOW } },
      linkedInTab(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await db.contacts.count()).toBe(0); // the transaction was rolled back whole
  });

  it('reports a missing entry as not-found', async () => {
    const reply = await route(
      db,
      { type: 'entry.delete', payload: { person: ainoProfile(), id: 'gone' } },
      linkedInTab(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('tells the other tabs that someone changed, not whom, and the extension pages whom', async () => {
    const sent: Array<[number, unknown]> = [];
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
    });
    const toPages = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await route(
      db,
      { type: 'person.update', payload: { person: ainoProfile(), patch: { tags: ['mentors'] } } },
      linkedInTab(),
    );
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual([8, { type: 'people.changed', aliases: 'all' }]);
    expect(toPages).toHaveBeenCalledWith({
      type: 'people.changed',
      aliases: expect.arrayContaining(['aino-virtanen-4b2a1c']),
    });
  });

  it('tells others when viewing a profile wrote (a change noticed), and not when it only read', async () => {
    const toPages = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const onChange = vi.fn(async () => {});
    const bySlug = ainoProfile({ profileId: undefined, memberId: undefined });
    await route(
      db,
      { type: 'entry.add', payload: { person: bySlug, type: 'note', text: 'Hi', at: NOW } },
      linkedInTab(),
      { now: () => NOW },
    );
    await vi.waitFor(() => expect(toPages).toHaveBeenCalled()); // the note's own announcement
    toPages.mockClear();

    const view = (person: object, now: number) =>
      route(db, { type: 'person.view', payload: { person } }, linkedInTab(), { now: () => now, onChange });
    const moved = ainoProfile({ headline: 'Design lead at Kuura Systems' });
    await view(moved, NOW + 1); // a new headline: noticed, so written
    await vi.waitFor(() => expect(toPages).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledTimes(1);
    await view(moved, NOW + 2); // nothing new
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(toPages).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('what a LinkedIn tab may ask', () => {
  it('is this list of messages, and no more: widening it is a change someone sees in review', () => {
    const fromTabs = Object.entries(messages)
      .filter(([, message]) => message.from === 'linkedin-tab')
      .map(([type]) => type)
      .sort();
    expect(fromTabs).toEqual([
      'entry.add',
      'entry.delete',
      'entry.update',
      'invitation.sent',
      'invitations.month',
      'person.compare',
      'person.join',
      'person.separate',
      'person.update',
      'person.view',
      'settings.get',
      'tags.list',
      'templates.list',
    ]);
  });

  const otherTab = (url: string) => ({ ...linkedInTab(), url });

  it.each([
    ['people by stored key', { type: 'person.view', payload: { person: { key: 'aino-virtanen-4b2a1c' } } }],
    [
      'someone other than the profile on screen',
      { type: 'person.view', payload: { person: ainoProfile({ key: 'mikko-k', slug: 'mikko-k' }) } },
    ],
    ['the list of who is due', { type: 'followups.list', payload: {} }],
    ['to mark someone done by key', { type: 'followup.done', payload: { key: 'aino-virtanen-4b2a1c', note: '' } }],
    ['to snooze someone by key', { type: 'followup.snooze', payload: { key: 'aino-virtanen-4b2a1c', until: NOW } }],
    ['to merge any two people', { type: 'people.join', payload: { keep: 'aino-virtanen-4b2a1c', other: 'x' } }],
    ['to delete someone', { type: 'person.delete', payload: { key: 'aino-virtanen-4b2a1c' } }],
    [
      'an edit by stored key',
      {
        type: 'entry.add',
        payload: { person: { key: 'aino-virtanen-4b2a1c' }, type: 'note', text: 'x', at: NOW },
      },
    ],
  ])('is refused %s', async (_, message) => {
    await addNote();
    const reply = await route(db, message, linkedInTab(), { now: () => NOW });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is judged by the tab’s address now, not the one its page loaded at (LinkedIn moves by pushState)', async () => {
    await addNote();
    const view = { type: 'person.view', payload: { person: ainoProfile() } };
    const movedFromFeed = { ...otherTab('https://www.linkedin.com/feed/'), tab: { id: 7, url: linkedInTab().url } };
    expect(await route(db, view, movedFromFeed as never)).toMatchObject({ ok: true });
    const movedAway = { ...linkedInTab(), tab: { id: 7, url: 'https://www.linkedin.com/in/mikko-k/' } };
    expect(await route(db, view, movedAway as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is refused a profile from a tab that is not on that profile (the feed, search, another person)', async () => {
    await addNote();
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/mikko-k/']) {
      const reply = await route(db, { type: 'person.view', payload: { person: ainoProfile() } }, otherTab(url));
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('judges by the tab’s address now, after in-app navigation, not where its document loaded', async () => {
    await addNote();
    const movedOn = { ...linkedInTab(), url: 'https://www.linkedin.com/feed/' };
    const onAino = { ...movedOn, tab: { id: 7, url: 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/' } as never };
    const onMikko = { ...movedOn, tab: { id: 7, url: 'https://www.linkedin.com/in/mikko-k/' } as never };
    const view = { type: 'person.view', payload: { person: ainoProfile() } };
    expect(await route(db, view, onAino)).toMatchObject({ ok: true });
    expect(await route(db, view, onMikko)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('may ask about the person on screen under any of the profile’s addresses, and what the panel needs', async () => {
    await addNote();
    for (const url of [
      'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
      'https://www.linkedin.com/in/Aino-Virtanen-4b2a1c/overlay/contact-info/',
      'https://www.linkedin.com/in/aino-virtanen-4b2a1c/details/experience/',
      'https://www.linkedin.com/in/aino-virtanen-4b2a1c/recent-activity/all/',
      'https://fi.linkedin.com/in/aino-virtanen-4b2a1c/',
    ]) {
      const reply = await route(db, { type: 'person.view', payload: { person: ainoProfile() } }, otherTab(url));
      expect(reply).toMatchObject({ ok: true, data: { summary: { key: 'aino-virtanen-4b2a1c' } } });
    }
    for (const type of ['tags.list', 'settings.get', 'templates.list', 'invitations.month']) {
      expect(await route(db, { type, payload: {} }, linkedInTab())).toMatchObject({ ok: true });
    }
  });

  it('may log an invitation sent to someone from a card (search results), and learns nothing of them', async () => {
    await addNote();
    const search = otherTab('https://www.linkedin.com/search/results/people/?keywords=aino');
    const sent = { type: 'invitation.sent', payload: { invitee: ainoProfile(), text: 'Hi Aino!', at: NOW } };
    const reply = await route(db, sent, search, { now: () => NOW });
    expect(reply).toEqual({ ok: true, data: { used: 1, quota: expect.any(Number) } });
    const asEdit = {
      type: 'entry.add',
      payload: { person: ainoProfile(), type: 'invitation', text: 'x', at: NOW },
    };
    expect(await route(db, asEdit, search)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  async function addNote() {
    await route(
      db,
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', text: 'Hi', at: NOW } },
      linkedInTab(),
      { now: () => NOW },
    );
  }
});

describe('settings', () => {
  const update = { type: 'settings.update', payload: { patch: { notificationsEnabled: false } } };

  it('may be changed from the extension’s own pages only, never from a LinkedIn tab', async () => {
    expect(await route(db, update, linkedInTab())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(db, update, extensionPage())).toMatchObject({ ok: true, data: { notificationsEnabled: false } });
  });

  it('refuses an hour that is not one', async () => {
    const bad = { type: 'settings.update', payload: { patch: { notificationHour: 24 } } };
    expect(await route(db, bad, extensionPage())).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('data that syncs but is no one’s', () => {
  const template = { id: 't1', name: 'Old colleague', kind: 'invitation', language: 'en', body: 'Hi {firstName}' };
  it.each([
    ['a saved setting', { type: 'settings.update', payload: { patch: { notificationsEnabled: false } } }],
    ['a saved template', { type: 'templates.save', payload: { template } }],
    ['a deleted template', { type: 'templates.delete', payload: { id: 't1' } }],
  ])('%s is followed by badge, alarms and sync', async (_, message) => {
    const onChange = vi.fn(async () => {});
    expect(await route(db, message, extensionPage(), { now: () => NOW, onChange })).toMatchObject({ ok: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('the dashboard’s messages', () => {
  const addAino = () =>
    route(
      db,
      { type: 'entry.add', payload: { person: ainoProfile(), type: 'note', text: 'Hello', at: NOW } },
      linkedInTab(),
    );

  it.each([
    ['person.delete', { key: 'aino-virtanen-4b2a1c' }],
    ['people.join', { keep: 'aino-virtanen-4b2a1c', other: 'someone' }],
    ['tags.rename', { from: 'mentors', to: null }],
    ['data.wipe', {}],
  ])('refuses %s from a LinkedIn tab', async (type, payload) => {
    await addAino();
    expect(await route(db, { type, payload }, linkedInTab())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await db.contacts.count()).toBe(1);
  });

  it('edits a stored contact by key, and never creates one that way', async () => {
    await addAino();
    const edit = (key: string) => ({
      type: 'person.update',
      payload: { person: { key }, patch: { headline: 'Lead' } },
    });
    expect(await route(db, edit('aino-virtanen-4b2a1c'), extensionPage())).toMatchObject({
      ok: true,
      data: { summary: { headline: 'Lead' } },
    });
    expect(await route(db, edit('nobody'), extensionPage())).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.contacts.count()).toBe(1);
  });

  it('never takes a profile with a bad field for a key', async () => {
    const crafted = { key: 'aino-virtanen-4b2a1c', photoUrl: 'https://tracker.example/p.gif' };
    const message = { type: 'person.view', payload: { person: crafted } };
    expect(await route(db, message, linkedInTab())).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('deletes a person with undo, telling open tabs both times', async () => {
    await addAino();
    const told = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const deleted = await route(
      db,
      { type: 'person.delete', payload: { key: 'aino-virtanen-4b2a1c' } },
      extensionPage(),
    );
    expect(deleted.ok).toBe(true);
    expect(await db.contacts.count()).toBe(0);
    expect(await storedEntries(db)).toEqual([]);
    const restore = { type: 'person.restore', payload: { deleted: (deleted as { data: unknown }).data } };
    expect(await route(db, restore, extensionPage())).toMatchObject({
      ok: true,
      data: { summary: { key: 'aino-virtanen-4b2a1c' }, entries: [{ text: 'Hello' }] },
    });
    await vi.waitFor(() => expect(told).toHaveBeenCalledTimes(2));
    expect(told).toHaveBeenCalledWith({
      type: 'people.changed',
      aliases: expect.arrayContaining(['aino-virtanen-4b2a1c']),
    });
  });
});
