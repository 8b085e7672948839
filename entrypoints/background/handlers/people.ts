/** The handlers of messages about one person (utils/messages/people.ts). */
import { browser } from 'wxt/browser';
import { deletePersonByKey, restoreDeletedPerson } from '@/utils/db/people/deletion';
import { keepInTouchWith } from '@/utils/db/people/keep-in-touch';
import { joinPageClaim, joinPeopleByKey, joinSuggested, separateJoined } from '@/utils/db/people/joins';
import { peopleClaimedByPage } from '@/utils/db/people/page';
import { updatePerson, viewPerson } from '@/utils/db/people/person';
import { countPeople, MissingEntryError } from '@/utils/db/people/read';
import type { peopleMessages } from '@/utils/messages/people';
import { comparedProfile, rememberComparison } from '../pending-comparisons';
import { rememberJoin, takeJoin } from '../pending-joins';
import type { HandlersOf } from './define';

export const peopleHandlers: HandlersOf<typeof peopleMessages> = {
  'person.view': (db, { person }, now) => viewPerson(db, person, now),
  'person.update': (db, { person, patch }, now) => updatePerson(db, person, patch, now),
  'people.count': (db) => countPeople(db),
  'person.delete': (db, { key }, now) => deletePersonByKey(db, key, now),
  'person.restore': (db, { deleted: { summary, entries } }, now) => {
    // The derived fields are worked out again as the person is saved.
    const derived = { lastContactAt: null, dueAt: null, timelineWords: '' };
    return restoreDeletedPerson(db, { summary: { ...summary, ...derived }, entries }, now);
  },
  'person.join': async (db, { person, other }, now) => {
    const { view, undo } = await joinSuggested(db, person, other, now);
    return { ...view, undoToken: rememberJoin(undo, now) };
  },
  'person.compare': async (db, { person }, now) => {
    // Only a page that does show someone's id opens a tab: a page asking for nothing gets nothing.
    if ((await peopleClaimedByPage(db, person)).others.length === 0) throw new MissingEntryError('That comparison');
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
  'person.separate': async (db, { undoToken }, now) => {
    const joined = takeJoin(undoToken, now);
    if (!joined) throw new MissingEntryError('That undo');
    return separateJoined(db, joined, now);
  },
  'people.join': async (db, { keep, other }, now) => {
    const { view, undo } = await joinPeopleByKey(db, keep, other, now);
    return { ...view, undoToken: rememberJoin(undo, now) };
  },
  'people.keepInTouch': (db, { keys, cadenceDays }, now) => keepInTouchWith(db, keys, cadenceDays, now),
};
