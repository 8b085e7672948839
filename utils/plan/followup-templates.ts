/**
 * Follow-up messages to people already in the network: bundled templates in English and Finnish, their values
 * from what the timeline knows, and which kind of message fits a person now. The advice (docs/ARCHITECTURE.md): the longer
 * the silence, the harder the message, so the extension offers a first draft with a reason to write.
 * LinkedIn messages have no 200-character limit; these are short anyway, to be made personal before sending.
 */
import { dayOf } from '../time';
import { firstNameOf, lastNameOf, type Template, type TemplateLanguage, type TemplateValues } from '../templates';
import { CHANGE_ENTRY_TYPES, byNewestFirst, isContactType, type Entry } from '../model/entry';
import type { Summary } from '../model/summary';
import { isExportEntryOf } from '../linkedin-export/ids';

/** What a follow-up is for. */
export const FOLLOW_UP_PURPOSES = ['catch-up', 'congratulations', 'thanks', 'coffee'] as const;
export type FollowUpPurpose = (typeof FOLLOW_UP_PURPOSES)[number];

/** A change of role noticed this many days ago or less is news worth congratulating on. */
const NEWS_WITHIN_DAYS = 60;
/** Help received this many days ago or less, with no contact since, is still to be thanked for. */
const THANKS_WITHIN_DAYS = 90;

/**
 * The bundled follow-ups, one per purpose and language, with stable ids (`bundled-<language>-<purpose>`) as the
 * bundled invitations have: storage seeds them once and recognises them later by id.
 */
export const BUNDLED_FOLLOW_UPS: readonly Template[] = [
  {
    id: 'bundled-en-catch-up',
    kind: 'follow-up',
    language: 'en',
    name: 'Catching up',
    body: 'Hi {firstName}, it has been a while since we last talked {lastContactWhen}. How are things with you? I would love to hear what you are working on these days. – {myName}',
  },
  {
    id: 'bundled-en-congratulations',
    kind: 'follow-up',
    language: 'en',
    name: 'Congratulations on a new role',
    body: 'Hi {firstName}, I saw the news – congratulations on the new chapter ({newRole})! I hope the start has gone well. It would be great to hear how you are finding it. – {myName}',
  },
  {
    id: 'bundled-en-thanks',
    kind: 'follow-up',
    language: 'en',
    name: 'Thanks for the help',
    body: 'Hi {firstName}, thank you again for your help ({helpedWith}). It made a real difference. If I can ever return the favour, just let me know. – {myName}',
  },
  {
    id: 'bundled-en-coffee',
    kind: 'follow-up',
    language: 'en',
    name: 'Coffee or a call',
    body: 'Hi {firstName}, would you have time for a coffee or a short call in the coming weeks? It would be good to catch up and hear how you are doing. – {myName}',
  },
  {
    id: 'bundled-fi-catch-up',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kuulumisten kysely',
    body: 'Hei {firstName}! Siitä on jo tovi, kun viimeksi juteltiin {lastContactWhen}. Mitä sinulle kuuluu? Olisi kiva kuulla, mitä puuhailet nykyään. – {myName}',
  },
  {
    id: 'bundled-fi-congratulations',
    kind: 'follow-up',
    language: 'fi',
    name: 'Onnittelut uudesta roolista',
    body: 'Hei {firstName}! Huomasin uutisesi – onnittelut uudesta vaiheesta ({newRole})! Toivottavasti alku on lähtenyt hyvin käyntiin. Olisi kiva kuulla, miltä uusi tuntuu. – {myName}',
  },
  {
    id: 'bundled-fi-thanks',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kiitos avusta',
    body: 'Hei {firstName}! Kiitos vielä avustasi ({helpedWith}), siitä oli tosi paljon hyötyä. Jos voin joskus auttaa sinua jossain, kerro ihmeessä. – {myName}',
  },
  {
    id: 'bundled-fi-coffee',
    kind: 'follow-up',
    language: 'fi',
    name: 'Kahville tai puhelu',
    body: 'Hei {firstName}! Lähtisitkö jossain vaiheessa kahville tai lyhyeen puheluun? Olisi kiva vaihtaa kuulumisia. Sopisiko sinulle jokin päivä lähiviikkoina? – {myName}',
  },
];

/** The bundled follow-up for a purpose, in a language. */
export function bundledFollowUp(purpose: FollowUpPurpose, language: TemplateLanguage): Template {
  return BUNDLED_FOLLOW_UPS.find((template) => template.id === `bundled-${language}-${purpose}`)!;
}

/**
 * The catch-up's words for someone last in touch by connecting on LinkedIn (an export's "Connected on LinkedIn"):
 * connecting is no conversation, so it does not say "since we last talked".
 */
const CATCH_UP_SINCE_CONNECTING: Record<TemplateLanguage, string> = {
  en: 'Hi {firstName}, it has been a while since we connected on LinkedIn {lastContactWhen}. How are things with you? I would love to hear what you are working on these days. – {myName}',
  fi: 'Hei {firstName}! Siitä on jo tovi, kun verkostoiduimme LinkedInissä {lastContactWhen}. Mitä sinulle kuuluu? Olisi kiva kuulla, mitä puuhailet nykyään. – {myName}',
};

/** Whether the last contact is connecting on LinkedIn: no later entry of contact, nor a later date of the user's. */
function lastInTouchByConnecting(contact: Summary, timeline: readonly Entry[]): boolean {
  const latest = [...timeline].sort(byNewestFirst).find((entry) => isContactType(entry.type));
  return latest !== undefined && isExportEntryOf('connected', latest.id) && latest.at === contact.lastContactAt;
}

/**
 * The body to fill for a person: the template's own, but the bundled catch-up as shipped ("since we last
 * talked") says "since we connected" to someone last in touch by connecting. A catch-up the user reworded is
 * theirs, and kept.
 */
export function followUpBody(template: Template, contact: Summary, timeline: readonly Entry[]): string {
  const catchUp = bundledFollowUp('catch-up', template.language);
  const asShipped = template.id === catchUp.id && template.body === catchUp.body;
  return asShipped && lastInTouchByConnecting(contact, timeline)
    ? CATCH_UP_SINCE_CONNECTING[template.language]
    : template.body;
}

/**
 * "in March" / "maaliskuussa", with the year when it is not this year's: when the user was last in touch, as
 * a message says it. The month's name comes from Intl; Finnish says "in" with a case ending, and every Finnish
 * month name ends in -kuu, so its inessive is the name and -ssa.
 */
function monthPhrase(time: number, language: TemplateLanguage, now: number): string {
  const month = new Intl.DateTimeFormat(language, { month: 'long' }).format(time);
  const year = new Date(time).getFullYear();
  const ofYear = year === new Date(now).getFullYear() ? '' : ` ${year}`;
  return language === 'fi' ? `${month}ssa${ofYear}` : `in ${month}${ofYear}`;
}

/** The first line of an entry's text, at most 100 characters (cut at a word, with an ellipsis). */
function gist(text: string): string {
  const line = text.trim().split('\n')[0].trim();
  if (line.length <= 100) return line;
  return `${line.slice(0, 100).replace(/\s+\S*$/, '')}…`;
}

/** The newest entry of the given types, or undefined. */
function newest(timeline: readonly Entry[], types: readonly string[]): Entry | undefined {
  return [...timeline].sort(byNewestFirst).find((entry) => types.includes(entry.type));
}

/**
 * The values of a follow-up to a person, in the template's language (the message's, whatever the extension's
 * own): who they are, when the user was last in touch (empty if never), their new role from the newest change
 * noticed (what the profile shows now), and what they last helped with (the entry's first line).
 */
export function followUpValues(
  contact: Summary,
  timeline: readonly Entry[],
  myName: string,
  language: TemplateLanguage,
  now: number,
): TemplateValues {
  const change = newest(timeline, CHANGE_ENTRY_TYPES);
  const help = newest(timeline, ['received_help']);
  return {
    firstName: firstNameOf(contact.name),
    lastName: lastNameOf(contact.name),
    fullName: contact.name,
    company: contact.company,
    headline: contact.headline,
    myName,
    reason: '',
    lastContactWhen: contact.lastContactAt === null ? '' : monthPhrase(contact.lastContactAt, language, now),
    // A change entry reads "before → after" (utils/db/people/page.ts).
    newRole: change ? gist(change.text.split('→').pop()!) : '',
    helpedWith: help ? gist(help.text) : '',
  };
}

/** Whether the user was in touch with the person after a time: a contact-type entry or their own date. */
function inTouchAfter(contact: Summary, timeline: readonly Entry[], time: number): boolean {
  if (contact.contactedAt !== null && contact.contactedAt > time) return true;
  return timeline.some((entry) => isContactType(entry.type) && entry.at > time);
}

/**
 * Which follow-up fits a person now: congratulations on a new role noticed lately, else thanks for help
 * received lately, each only when the user has not been in touch since; otherwise catching up. Coffee is the
 * user's own choice, never suggested: it asks more of the other person.
 */
export function suggestFollowUp(contact: Summary, timeline: readonly Entry[], now: number): FollowUpPurpose {
  const recent = (entry: Entry | undefined, days: number): entry is Entry =>
    entry !== undefined && dayOf(now) - dayOf(entry.at) <= days && !inTouchAfter(contact, timeline, entry.at);
  if (recent(newest(timeline, CHANGE_ENTRY_TYPES), NEWS_WITHIN_DAYS)) return 'congratulations';
  if (recent(newest(timeline, ['received_help']), THANKS_WITHIN_DAYS)) return 'thanks';
  return 'catch-up';
}
