/** One handler per protocol message: the parsed payload in, the answer out. */
import { browser } from 'wxt/browser';
import type { ContactsDatabase } from '@/utils/db/database';
import { loadSettings } from '@/utils/db/settings-store';
import {
  addInteraction,
  countContacts,
  deleteContact,
  deleteInteraction,
  invitationsThisMonth,
  joinContacts,
  joinPageClaim,
  listFollowUps,
  listTags,
  logInvitation,
  MissingEntryError,
  markFollowUpDone,
  peopleClaimedByPage,
  mergeContactsByKey,
  restoreContact,
  separateContacts,
  snoozeFollowUp,
  undoFollowUp,
  updateContact,
  updateInteraction,
  viewContact,
} from '@/utils/db/people-store';
import { updateSettings } from '@/utils/db/settings-store';
import { readSyncStatus } from '@/utils/db/sync-state';
import { retag } from '@/utils/db/tags-store';
import { deleteTemplate, listTemplates, saveTemplate } from '@/utils/db/templates-store';
import { markFocusItem, weeklyFocus } from '@/utils/db/focus-store';
import { deleteGoal, listGoals, saveGoal } from '@/utils/db/goals-store';
import { firstDayOfWeek } from '@/utils/plan/week';
import { wipeEverything } from '@/utils/db/backup-store';
import type { MessageType, RequestOf, Responses } from '@/utils/protocol';
import { comparedProfile, rememberComparison } from './pending-comparisons';
import { rememberJoin, takeJoin } from './pending-joins';
import { disableSync, enableSync, stopSync, syncNow } from './sync';

type Handlers = {
  [T in MessageType]: (db: ContactsDatabase, payload: RequestOf<T>, now: number) => Promise<Responses[T]>;
};

export const handlers: Handlers = {
  'contact.view': (db, { person }, now) => viewContact(db, person, now),
  'contact.update': (db, { person, patch }, now) => updateContact(db, person, patch, now),
  'interaction.add': (db, { person, ...entry }, now) => addInteraction(db, person, entry, now),
  'interaction.update': (db, { person, id, rev, patch }, now) =>
    updateInteraction(db, person, id, { ...patch, rev }, now),
  'interaction.delete': (db, { person, id, rev }, now) => deleteInteraction(db, person, id, now, rev),
  'tags.list': (db) => listTags(db),
  'followups.list': (db, _payload, now) => listFollowUps(db, now),
  'followup.done': (db, { key, note }, now) => markFollowUpDone(db, key, note, now),
  'followup.snooze': (db, { key, until }, now) => snoozeFollowUp(db, key, until, now),
  'followup.undo': (db, undo, now) => undoFollowUp(db, undo, now),
  'contacts.count': (db) => countContacts(db),
  'settings.get': (db) => loadSettings(db),
  'settings.update': (db, { patch }, now) => updateSettings(db, patch, now),
  'templates.list': (db) => listTemplates(db),
  'templates.save': (db, { template }, now) => saveTemplate(db, template, now),
  'templates.delete': (db, { id }, now) => deleteTemplate(db, id, now),
  'goals.list': (db) => listGoals(db),
  'goals.save': (db, { goal }, now) => saveGoal(db, goal, now),
  'goals.delete': (db, { id }, now) => deleteGoal(db, id, now),
  'focus.week': (db, { locale }, now) => weeklyFocus(db, now, firstDayOfWeek(locale)),
  'focus.mark': (db, { locale, key, state }, now) => markFocusItem(db, key, state, now, firstDayOfWeek(locale)),
  'invitation.sent': async (db, { invitee, text, at }, now) => {
    await logInvitation(db, invitee, { text, at }, now);
    return invitationsThisMonth(db, now);
  },
  'invitations.month': (db, _payload, now) => invitationsThisMonth(db, now),
  'contact.delete': (db, { key }, now) => deleteContact(db, key, now),
  'contact.restore': (db, { deleted: { contact, interactions } }, now) => {
    // The derived fields are worked out again as the contact is saved.
    const derived = { lastContactAt: null, dueAt: null, timelineWords: '' };
    return restoreContact(db, { contact: { ...contact, ...derived }, interactions }, now);
  },
  'contact.join': async (db, { person, other }, now) => {
    const { view, undo } = await joinContacts(db, person, other, now);
    return { ...view, undoToken: rememberJoin(undo, now) };
  },
  'contact.compare': async (_db, { person }, now) => {
    const token = await rememberComparison(person, now);
    await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#compare/${token}`) });
    return null;
  },
  'compare.show': async (db, { token }, now) => {
    const profile = await comparedProfile(token, now);
    if (!profile) throw new MissingEntryError('That comparison');
    const { key, name, headline } = profile;
    return { page: { key, name, headline }, claims: await peopleClaimedByPage(db, profile) };
  },
  'compare.join': async (db, { token, other }, now) => {
    const profile = await comparedProfile(token, now);
    if (!profile) throw new MissingEntryError('That comparison');
    const { view, undo } = await joinPageClaim(db, profile, other, now);
    return { ...view, undoToken: rememberJoin(undo, now) };
  },
  'contact.separate': async (db, { undoToken }, now) => {
    const joined = takeJoin(undoToken, now);
    if (!joined) throw new MissingEntryError('That undo');
    return separateContacts(db, joined, now);
  },
  'contacts.merge': async (db, { keep, other }, now) => {
    const { view, undo } = await mergeContactsByKey(db, keep, other, now);
    return { ...view, undoToken: rememberJoin(undo, now) };
  },
  'tags.rename': (db, { from, to }, now) => retag(db, from, to, now),
  // A wipe is this device's: sync goes off first, so that the server's data neither comes back nor goes.
  'data.wipe': async (db) => {
    await disableSync(db);
    await wipeEverything(db);
    return null;
  },
  'sync.status': (db) => readSyncStatus(db),
  'sync.enable': (db, login) => enableSync(db, login),
  'sync.now': (db) => syncNow(db),
  'sync.stop': (db) => stopSync(db),
  'sync.disable': (db) => disableSync(db),
};

/**
 * What each message changes, so that the router can tell others: `person` (the person in its answer: their
 * tabs refresh), `everyone` (every tab refreshes), `reminders` (settings: no one's data). Badge and alarms are
 * worked out again after each. A view changes the person only when it wrote (a new alias, a change noticed).
 */
export const CHANGES: Partial<Record<MessageType, 'person' | 'everyone' | 'reminders'>> = {
  'contact.view': 'person',
  'contact.update': 'person',
  'interaction.add': 'person',
  'interaction.update': 'person',
  'interaction.delete': 'person',
  'followup.done': 'person',
  'followup.snooze': 'person',
  'followup.undo': 'person',
  'contact.delete': 'person',
  'contact.restore': 'person',
  'contact.join': 'person',
  'compare.join': 'person',
  'contact.separate': 'everyone',
  'contacts.merge': 'person',
  'invitation.sent': 'everyone', // whom is not in the answer, which a LinkedIn tab reads
  'tags.rename': 'everyone',
  'data.wipe': 'everyone',
  'settings.update': 'reminders',
  'focus.mark': 'everyone', // done and snoozed change the person; the answer is the focus, not them
  // Goals change no one's reminders, but are data to sync.
  'goals.save': 'reminders',
  'goals.delete': 'reminders',
};
