/**
 * Reminders: the toolbar badge counting who is due, the alarms that keep it right as days pass, and a daily
 * notification. Everything is derived from the indexed dueAt, so counting is a range query, never a scan.
 *
 * Alarms can be cleared by the browser (update, restart, a long sleep), so they are made again on install,
 * on browser start-up and after each one fires: one periodic sweep, plus one alarm at the next exact due time
 * and one at the next notification time.
 */
import { browser } from 'wxt/browser';
import type { Database } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import { rescheduleEveryone } from '@/utils/db/settings-store';
import { t, tPlural } from '@/utils/i18n';
import { lastDigestItem } from '@/utils/storage-items';
import { dayOf, startOfDay } from '@/utils/time';

export const ALARMS = { sweep: 'sweep', nextDue: 'next-due', digest: 'daily-digest' } as const;
const SWEEP_MINUTES = 30;
const BADGE_COLOUR = '#b24020';
const NOTIFICATION_ID = 'due-today';

/** Chrome (MV3) has `action`; Firefox's MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** How many people are due now: an index range count. */
export function countDue(db: Database, now: number): Promise<number> {
  return db.contacts.where('dueAt').belowOrEqual(now).count();
}

/** The badge: the number due (empty at zero, 99+ beyond), its colour, and a title that says what it means. */
export async function refreshBadge(db: Database, now = Date.now()): Promise<number> {
  const due = await countDue(db, now);
  const button = toolbarButton();
  await button.setBadgeText({ text: due === 0 ? '' : due > 99 ? '99+' : String(due) });
  await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await button.setTitle({ title: due === 0 ? t('badgeNoneDue') : tPlural('badgeDue', due) });
  return due;
}

/** The next local time the daily notification may go out: today's hour if still ahead, else tomorrow's. */
export function nextDigestTime(hour: number, now: number): number {
  const today = startOfDay(dayOf(now)) + hour * 3_600_000;
  return today > now ? today : startOfDay(dayOf(now) + 1) + hour * 3_600_000;
}

/** (Re)creates the alarms: the periodic sweep (if missing), the next exact due time, the next daily notification. */
export async function scheduleAlarms(db: Database, now = Date.now()): Promise<void> {
  if (!(await browser.alarms.get(ALARMS.sweep))) {
    await browser.alarms.create(ALARMS.sweep, { periodInMinutes: SWEEP_MINUTES });
  }
  const next = await db.contacts.where('dueAt').above(now).first();
  if (next?.dueAt) await browser.alarms.create(ALARMS.nextDue, { when: next.dueAt });
  else await browser.alarms.clear(ALARMS.nextDue);
  const settings = await loadSettings(db);
  if (settings.notificationsEnabled) {
    await browser.alarms.create(ALARMS.digest, { when: nextDigestTime(settings.notificationHour, now) });
  } else {
    await browser.alarms.clear(ALARMS.digest);
  }
}

/**
 * At most once a day, from the chosen hour on: who is due and not yet named for this follow-up (the badge
 * keeps counting everyone due). Returns whether a notification went out.
 */
export async function notifyIfDue(db: Database, now = Date.now()): Promise<boolean> {
  const settings = await loadSettings(db);
  const today = dayOf(now);
  const hourNow = (now - startOfDay(today)) / 3_600_000;
  if (!settings.notificationsEnabled || hourNow < settings.notificationHour) return false;
  // What the daily notification already said (utils/storage-items.ts).
  const last = await lastDigestItem.getValue();
  if (last?.day === today) return false;
  const allDue = await db.contacts.where('dueAt').belowOrEqual(now).toArray();
  const due = allDue.filter((contact) => last?.named[contact.key] !== contact.dueAt);
  if (due.length === 0) return false;
  const names = due.slice(0, 3).map((contact) => contact.name || contact.key);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: tPlural('badgeDue', due.length),
    message:
      due.length > names.length
        ? tPlural('notificationMore', due.length - names.length, names.join(', '))
        : names.join(', '),
  });
  // Only those due now are kept: anyone contacted since drops out, and is named again when next due.
  const named = Object.fromEntries(allDue.map((contact) => [contact.key, contact.dueAt!]));
  await lastDigestItem.setValue({ day: today, named });
  return true;
}

/** What a change of someone's data asks: the badge and the alarms, at once. */
export async function refreshReminders(db: Database, now = Date.now()): Promise<void> {
  await refreshBadge(db, now);
  await scheduleAlarms(db, now);
}

/** Keeps reminders right across installs, browser start-ups, alarms and notification clicks. */
export function listenForReminders(db: Database): void {
  // A new day (or a browser closed for a week) may also bring the daily notification; an edit never does.
  const refresh = () =>
    refreshReminders(db)
      .then(() => notifyIfDue(db))
      .catch((error) => console.error('Keep in touch: reminders failed', error));
  // Due days are local calendar days: a browser started in another time zone works them out again.
  const restart = () => rescheduleEveryone(db).then(refresh);
  browser.runtime.onInstalled.addListener(restart);
  browser.runtime.onStartup.addListener(restart);
  browser.alarms.onAlarm.addListener(refresh);
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  });
}
