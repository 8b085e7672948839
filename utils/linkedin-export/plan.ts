/**
 * What an export says about each person, made into the people and entries to import. Pure, and independent of
 * the order of files and rows: every choice (a name among several, a day's latest message) is made by a rule
 * over all of them, so that any order of the files, any split into parts and any repeat plan the same.
 *
 * - Connections.csv: the person, when they connected, and a "connected on LinkedIn" entry.
 * - messages.csv: one entry per conversation, person and day, with the count of messages that day, for
 *   conversations the user wrote in; in a group conversation, for each member who wrote in it too. A
 *   conversation the user never answered, a draft, a sponsored message or InMail is no contact and no entry.
 *   The texts are kept only when the user chose so.
 * - Invitations.csv: an outgoing invitation (with its note) as an invitation entry; an incoming one as a note
 *   ("invited you"), which is no contact until the user answered.
 * - Endorsements and recommendations: help given and received.
 * The owner of the export is never anyone's contact.
 */
import { cleanText } from '../clean-text';
import type { EntryType } from '../model/entry';
import type { ExportSaid } from '../model/export-said';
import { ENTRY_TEXT_MAX } from '../model/timeline';
import { DAY_MS } from '../time';
import { asWritten } from './dates';
import { exportEntryId } from './ids';
import type { ExportPerson } from './identity';
import type { ExportMessage } from './messages';
import { findOwner } from './owner';
import type { ReadExport } from './read';
import { sayExport, type ExportWords } from './words';

export interface PlannedEntry {
  id: string;
  type: EntryType;
  /** What it records, in the words of the import's language. */
  text: string;
  /** What it records, to be said again in the language of the moment. */
  said: ExportSaid;
  at: number;
}

export interface PlannedPerson {
  key: string;
  slug?: string;
  profileId?: string;
  name: string;
  company: string;
  position: string;
  email: string;
  connectedAt: number | null;
  entries: PlannedEntry[];
  /** The latest message the user wrote them, or null. */
  wroteAt: number | null;
}

export interface ExportCounts {
  conversations: number;
  /** Conversations the user wrote in: contact. */
  inTouch: number;
  /** Conversations the user never wrote in, of messages that could have been contact: no contact. */
  unanswered: number;
  /** Conversations of nothing but messages that are never contact: InMail, drafts, sponsored messages, spam. */
  notContact: number;
  invitations: number;
  help: number;
  /** Recommendations whose name the export's connections do not name exactly once: not placed. */
  unplaced: number;
  /** Whether the export's owner was found (without them, messages cannot say who wrote). */
  ownerFound: boolean;
}

export interface ExportPlan {
  people: PlannedPerson[];
  owner: string | null;
  counts: ExportCounts;
}

export interface PlanOptions {
  keepTexts: boolean;
  words: ExportWords;
}

/** A comparison that orders any two values the same way everywhere. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cut(text: string): string {
  return text.length > ENTRY_TEXT_MAX ? text.slice(0, ENTRY_TEXT_MAX - 1) + '…' : text;
}

/** What an entry records, and its text: that in `words`, with the texts of messages kept (if any) below. */
function worded(
  words: ExportWords,
  said: ExportSaid,
  kept: readonly string[] = [],
): Pick<PlannedEntry, 'text' | 'said'> {
  return { text: cut([sayExport(said, words), ...kept].join('\n')), said };
}

export function planExport(read: ReadExport, { keepTexts, words }: PlanOptions): ExportPlan {
  const owner = findOwner(read.messages, read.invitations, read.ownerName);
  const people = new Map<string, PlannedPerson>();
  /** Names seen for a person, with when: the latest wins, ties by text. */
  const namesAt = new Map<string, { name: string; at: number }>();
  const counts: ExportCounts = {
    conversations: 0,
    inTouch: 0,
    unanswered: 0,
    notContact: 0,
    invitations: 0,
    help: 0,
    unplaced: 0,
    ownerFound: owner !== null,
  };

  const personOf = (who: { key: string; slug?: string; profileId?: string }): PlannedPerson => {
    let person = people.get(who.key);
    if (!person) {
      person = {
        key: who.key,
        ...(who.slug !== undefined && { slug: who.slug }),
        ...(who.profileId !== undefined && { profileId: who.profileId }),
        name: '',
        company: '',
        position: '',
        email: '',
        connectedAt: null,
        entries: [],
        wroteAt: null,
      };
      people.set(who.key, person);
    }
    return person;
  };
  const seeName = (who: ExportPerson, at: number) => {
    if (!who.name) return;
    const seen = namesAt.get(who.key);
    if (!seen || at > seen.at || (at === seen.at && who.name > seen.name)) namesAt.set(who.key, { name: who.name, at });
  };
  const saying = (said: ExportSaid, kept?: readonly string[]) => worded(words, said, kept);
  const add = (who: { key: string }, entry: PlannedEntry) => {
    if (who.key === owner) return;
    personOf(who).entries.push(entry);
  };

  // Connections: the one truth about names, companies and positions. Two rows of one person (two exports in one
  // import) give the later connection's, ties by content.
  const connections = [...read.connections].sort(
    (a, b) =>
      byText(a.key, b.key) ||
      (a.connectedAt ?? 0) - (b.connectedAt ?? 0) ||
      byText(JSON.stringify(a), JSON.stringify(b)),
  );
  for (const connection of connections) {
    if (connection.key === owner) continue;
    const person = personOf(connection);
    Object.assign(person, {
      name: connection.name,
      company: connection.company,
      position: connection.position,
      email: connection.email,
      connectedAt: connection.connectedAt,
    });
  }
  for (const person of people.values()) {
    if (person.connectedAt !== null) {
      add(person, {
        id: exportEntryId('connected', person.key),
        type: 'event',
        ...saying({ kind: 'connected' }),
        at: person.connectedAt,
      });
    }
  }

  planMessages(read.messages, owner, keepTexts, saying, counts, add, seeName, personOf);

  for (const invitation of read.invitations) {
    counts.invitations++;
    seeName(invitation.other, invitation.at);
    const outgoing = invitation.direction === 'outgoing';
    add(invitation.other, {
      id: exportEntryId('invitation', invitation.direction, invitation.other.key, asWritten(invitation.at)),
      // An invitation received is no contact until the user answered it (a message, a connection).
      type: outgoing ? 'invitation' : 'note',
      ...saying({ kind: outgoing ? 'invitationSent' : 'invitedYou', note: cut(invitation.note) }),
      at: invitation.at,
    });
  }

  for (const endorsement of read.endorsements) {
    counts.help++;
    seeName(endorsement.person, endorsement.at);
    const given = endorsement.direction === 'given';
    add(endorsement.person, {
      id: exportEntryId(
        'endorsement',
        endorsement.direction,
        endorsement.person.key,
        endorsement.skill,
        endorsement.at,
      ),
      type: given ? 'gave_help' : 'received_help',
      ...saying({ kind: given ? 'endorsed' : 'endorsedYou', skill: cut(endorsement.skill) }),
      at: endorsement.at,
    });
  }

  // Recommendations name no address: placed only on the one connection of the export with that name.
  const byName = new Map<string, string | null>();
  for (const connection of read.connections) {
    const folded = connection.name.toLocaleLowerCase();
    const known = byName.get(folded);
    byName.set(folded, known === undefined || known === connection.key ? connection.key : null);
  }
  for (const recommendation of read.recommendations) {
    const key = byName.get(recommendation.name.toLocaleLowerCase());
    if (!key) {
      counts.unplaced++;
      continue;
    }
    counts.help++;
    const given = recommendation.direction === 'given';
    add(
      { key },
      {
        id: exportEntryId('recommendation', recommendation.direction, key, asWritten(recommendation.at)),
        type: given ? 'gave_help' : 'received_help',
        ...saying({ kind: given ? 'recommended' : 'recommendedYou', text: cut(recommendation.text) }),
        at: recommendation.at,
      },
    );
  }

  if (owner !== null) people.delete(owner);
  for (const person of people.values()) {
    if (!person.name) person.name = namesAt.get(person.key)?.name ?? '';
    // One entry per id (the same row in two parts), in one order.
    const unique = new Map(person.entries.map((entry) => [entry.id, entry] as const));
    person.entries = [...unique.values()].sort((a, b) => byText(a.id, b.id));
  }
  return { people: [...people.values()].sort((a, b) => byText(a.key, b.key)), owner, counts };
}

/**
 * The UTC day of a time: a conversation's messages are counted by it, so that its entries' ids are the same on a
 * computer in any time zone. (UTC's midnight falls in a Finnish night, at 2 or 3.)
 */
function utcDay(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** The messages' entries: see the file's comment. */
function planMessages(
  messages: readonly ExportMessage[],
  owner: string | null,
  keepTexts: boolean,
  saying: (said: ExportSaid, kept: readonly string[]) => Pick<PlannedEntry, 'text' | 'said'>,
  counts: ExportCounts,
  add: (who: { key: string }, entry: PlannedEntry) => void,
  seeName: (who: ExportPerson, at: number) => void,
  personOf: (who: ExportPerson) => PlannedPerson,
): void {
  const conversations = new Map<string, ExportMessage[]>();
  // The same message twice (one file chosen twice, in two parts) counts once.
  const seen = new Set<string>();
  for (const message of messages) {
    const same = [message.conversationId, message.sender?.key, message.at, message.content].join('\u0000');
    if (seen.has(same)) continue;
    seen.add(same);
    const list = conversations.get(message.conversationId);
    if (list) list.push(message);
    else conversations.set(message.conversationId, [message]);
  }
  counts.conversations = conversations.size;
  for (const [conversationId, all] of conversations) {
    // One order for a conversation's messages, whatever the file's: by time, then by content.
    const list = all
      .filter((message) => !message.notContact)
      .sort((a, b) => a.at - b.at || byText(a.sender?.key ?? '', b.sender?.key ?? '') || byText(a.content, b.content));
    if (list.length === 0) {
      counts.notContact++;
      continue;
    }
    const fromOwner = list.filter((message) => owner !== null && message.sender?.key === owner);
    if (fromOwner.length === 0) {
      counts.unanswered++;
      continue;
    }
    counts.inTouch++;
    const members = new Map<string, ExportPerson>();
    for (const message of list) {
      for (const person of [message.sender, ...message.recipients]) {
        if (person && person.key !== owner) {
          members.set(person.key, person);
          seeName(person, message.at);
        }
      }
    }
    const group = members.size > 1;
    const title = group ? (list.find((message) => message.title)?.title ?? '') : '';
    for (const member of members.values()) {
      // Between the two of them: in a conversation of two, every message (older exports name no recipients'
      // addresses); in a group, the member's own and the user's to them (or to everyone, when unnamed).
      const between = group
        ? list.filter(
            (message) =>
              message.sender?.key === member.key ||
              (message.sender?.key === owner &&
                (message.recipients.length === 0 || message.recipients.some((person) => person.key === member.key))),
          )
        : list;
      // In a group, only those who wrote in it too are in touch with the user.
      if (group && !between.some((message) => message.sender?.key === member.key)) continue;
      const byDay = new Map<number, ExportMessage[]>();
      for (const message of between) {
        const day = utcDay(message.at);
        const same = byDay.get(day);
        if (same) same.push(message);
        else byDay.set(day, [message]);
      }
      const person = personOf(member);
      for (const message of between) {
        if (message.sender?.key === owner && (person.wroteAt === null || message.at > person.wroteAt))
          person.wroteAt = message.at;
      }
      for (const [day, onDay] of byDay) {
        const texts = keepTexts
          ? onDay
              .filter((message) => message.content)
              .map((message) => `${message.sender?.name ?? ''}: ${cleanText(message.content).slice(0, 5000)}`)
          : [];
        add(member, {
          id: exportEntryId('messages', conversationId, member.key, day),
          type: 'message',
          ...saying({ kind: 'messages', count: onDay.length, title: cut(title) }, texts),
          at: onDay[onDay.length - 1]!.at,
        });
      }
    }
  }
}
