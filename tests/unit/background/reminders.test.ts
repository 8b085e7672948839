import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { Database } from '@/utils/db/database';
import { updatePerson } from '@/utils/db/people/person';
import {
  ALARMS,
  listenForReminders,
  nextDigestTime,
  notifyIfDue,
  refreshBadge,
  refreshReminders,
  scheduleAlarms,
} from '@/entrypoints/background/reminders';
import { updateSettings } from '@/utils/db/settings-store';
import { ainoProfile } from '../../helpers/profiles';
import { useTestDatabase } from '../../helpers/test-database';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 10, 0).getTime(); // 10:00 local
let db: Database;

/** A contact whose last contact was `daysAgo` days before NOW, on the given cadence. */
async function contactWith(slug: string, daysAgo: number, cadenceDays = 30) {
  const profile = ainoProfile({ key: slug, slug, profileId: undefined, memberId: undefined, name: slug });
  await updatePerson(db, profile, { cadenceDays, contactedAt: NOW - daysAgo * DAY }, NOW);
}

const badge = async () => ({
  text: await browser.action.getBadgeText({}),
  title: await browser.action.getTitle({}),
});

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  // The fake browser has no i18n: messages come back as their key and substitutions.
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) =>
    [key, ...[substitutions ?? []].flat()].join(' '),
  );
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the badge', () => {
  it('is empty when no one is due, and says so in its title', async () => {
    await contactWith('fresh', 1);
    expect(await refreshBadge(db, NOW)).toBe(0);
    expect(await badge()).toEqual({ text: '', title: 'badgeNoneDue' });
  });

  it('counts who is due, today included', async () => {
    await contactWith('overdue', 100);
    await contactWith('due-today', 30);
    await contactWith('not-yet', 29);
    expect(await refreshBadge(db, NOW)).toBe(2);
    expect(await badge()).toEqual({ text: '2', title: 'badgeDue_other 2' });
  });

  it('shows 99+ beyond 99', async () => {
    for (let i = 0; i < 100; i++) await contactWith(`person-${i}`, 40);
    await refreshBadge(db, NOW);
    expect((await badge()).text).toBe('99+');
  });
});

describe('alarms', () => {
  it('are made on install and on browser start-up: the sweep, the next due time, the digest', async () => {
    await contactWith('soon', 25); // due in 5 days
    listenForReminders(db);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const alarms = Object.fromEntries((await browser.alarms.getAll()).map((alarm) => [alarm.name, alarm]));
    expect(Object.keys(alarms).sort()).toEqual([ALARMS.digest, ALARMS.nextDue, ALARMS.sweep].sort());
    expect(alarms[ALARMS.sweep].periodInMinutes).toBe(30);
    expect(alarms[ALARMS.nextDue].scheduledTime).toBe(new Date(2026, 10, 28).getTime());

    await browser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await browser.alarms.getAll()).toHaveLength(3));
  });

  it('update the badge when one fires, as days pass', async () => {
    await contactWith('soon', 25);
    listenForReminders(db);
    await scheduleAlarms(db, NOW);
    expect((await badge()).text).toBe('');
    vi.setSystemTime(NOW + 5 * DAY);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARMS.nextDue, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await badge()).text).toBe('1'));
  });

  it('leave out the next-due alarm when no one will be due, and the digest when notifications are off', async () => {
    await updateSettings(db, { notificationsEnabled: false }, NOW);
    await scheduleAlarms(db, NOW);
    expect((await browser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([ALARMS.sweep]);
  });

  it('put the digest at the chosen hour, today if still ahead, else tomorrow', () => {
    expect(nextDigestTime(9, new Date(2026, 10, 23, 8, 30).getTime())).toBe(new Date(2026, 10, 23, 9).getTime());
    expect(nextDigestTime(9, new Date(2026, 10, 23, 9, 30).getTime())).toBe(new Date(2026, 10, 24, 9).getTime());
  });
});

describe('time zones', () => {
  it('work due times out again at browser start-up, in the time zone it starts in', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Helsinki';
      await contactWith('traveller', 10);
      const inHelsinki = (await db.contacts.get('traveller'))!.dueAt!;
      expect(new Date(inHelsinki).getHours()).toBe(0);

      process.env.TZ = 'America/New_York';
      listenForReminders(db);
      await fakeBrowser.runtime.onStartup.trigger();
      await vi.waitFor(async () => expect((await db.contacts.get('traveller'))!.dueAt).not.toBe(inHelsinki));
      expect(new Date((await db.contacts.get('traveller'))!.dueAt!).getHours()).toBe(0);
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('the daily notification', () => {
  it('goes out once a day from the chosen hour, naming who is due', async () => {
    const created = vi.spyOn(browser.notifications, 'create');
    for (const name of ['anna', 'bertta', 'cecilia', 'doris']) await contactWith(name, 60);
    expect(await notifyIfDue(db, new Date(2026, 10, 23, 8).getTime())).toBe(false); // before 9
    expect(await notifyIfDue(db, NOW)).toBe(true);
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0][1]).toMatchObject({
      title: 'badgeDue_other 4',
      message: expect.stringMatching(/^notificationMore_one 1 .+$/),
    });
    expect(await notifyIfDue(db, NOW + 3_600_000)).toBe(false); // not twice the same day
    expect(await notifyIfDue(db, NOW + DAY)).toBe(false); // the same four, already named
    await contactWith('eeva', 31); // added after the notification, already due
    expect(await notifyIfDue(db, NOW + DAY)).toBe(true);
    expect(created.mock.calls[1][1]).toMatchObject({ message: 'eeva' });
  });

  it('comes with a new day, not with an edit', async () => {
    const created = vi.spyOn(browser.notifications, 'create');
    await contactWith('overdue', 60);
    listenForReminders(db);
    await refreshReminders(db, NOW); // what every edit runs
    expect(created).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARMS.digest, scheduledTime: NOW });
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
  });

  it('leaves the periodic sweep running when an edit reschedules', async () => {
    await scheduleAlarms(db, NOW);
    const sweep = await browser.alarms.get(ALARMS.sweep);
    vi.setSystemTime(NOW + 10 * 60_000);
    await scheduleAlarms(db, Date.now());
    expect(await browser.alarms.get(ALARMS.sweep)).toEqual(sweep);
  });

  it('stays quiet when no one is due, or when notifications are off', async () => {
    expect(await notifyIfDue(db, NOW)).toBe(false);
    await contactWith('overdue', 60);
    await updateSettings(db, { notificationsEnabled: false }, NOW);
    expect(await notifyIfDue(db, NOW)).toBe(false);
  });
});
