/**
 * When a person is due, as versions 2 to 6 worked it out (a copy of utils/followups.ts and utils/time.ts as they
 * were): the `dueAt` the upgrades to versions 2 and 5 write. Pure.
 */
import type { CadenceSettingsV4 } from './v4-types';

const DAY_MS = 86_400_000;

/** The fields scheduling reads. `cadenceDays` undefined: inherit; null: none for this person. */
export interface SchedulableV4 {
  tags: string[];
  lastContactAt: number | null;
  createdAt: number;
  followUpOn: number | null;
  snoozedUntil: number | null;
  cadenceDays?: number | null;
  cadenceFromTagsOnly?: true;
}

/** The local calendar day of a time, as a count of days since 1970-01-01 on the calendar. */
function dayOf(time: number): number {
  const date = new Date(time);
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The first moment of a local calendar day. */
function startOfDay(day: number): number {
  const calendar = new Date(day * DAY_MS);
  return new Date(calendar.getUTCFullYear(), calendar.getUTCMonth(), calendar.getUTCDate()).getTime();
}

/** A person's cadence in days (null: none): their own, else the shortest of their tags', else the default. */
function cadenceOf(contact: SchedulableV4, settings: CadenceSettingsV4): number | null {
  if (contact.cadenceDays !== undefined) return contact.cadenceDays;
  const byTag = new Map(Object.entries(settings.tagCadences).map(([tag, days]) => [tag.toLocaleLowerCase(), days]));
  let best: number | null = null;
  for (const tag of contact.tags) {
    const days = byTag.get(tag.toLocaleLowerCase());
    if (days !== undefined && (best === null || days < best)) best = days;
  }
  if (best !== null) return best;
  return contact.cadenceFromTagsOnly ? null : settings.defaultCadenceDays;
}

function dueDay(contact: SchedulableV4, cadenceDays: number | null): number | null {
  const lastDay = contact.lastContactAt === null ? null : dayOf(contact.lastContactAt);
  const followUpDay = contact.followUpOn === null ? null : dayOf(contact.followUpOn);
  let due: number | null;
  if (followUpDay !== null && (lastDay === null || followUpDay > lastDay)) due = followUpDay;
  else if (cadenceDays === null) due = null;
  else due = (lastDay ?? dayOf(contact.createdAt)) + cadenceDays;
  if (due !== null && contact.snoozedUntil !== null) due = Math.max(due, dayOf(contact.snoozedUntil));
  return due;
}

/** The indexed `dueAt` of a contact: the first moment of its due day, or null. */
export function dueAtOf(contact: SchedulableV4, settings: CadenceSettingsV4): number | null {
  const day = dueDay(contact, cadenceOf(contact, settings));
  return day === null ? null : startOfDay(day);
}
