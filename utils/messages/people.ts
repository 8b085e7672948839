/** Messages about one person: what we know of them, their fields, joining two into one, deleting. */
import * as z from 'zod/mini';
import { BackupContactSchema, BackupInteractionSchema } from '../backup/format-1';
import type { DeletedPerson } from '../db/people/deletion';
import { rhythmDays, personText, tags, text, time } from '../model/schemas';
import type { Comparison, JoinedView } from './answers';
import { answers, message } from './define';
import { ProfileSchema, WhomSchema } from './whom';
import type { PersonView } from '../model/summary';

export const peopleMessages = {
  /** What we know of the person on screen. Links the page's unclaimed ids and notices changes; creates nothing. */
  'person.view': message({
    request: z.object({ person: WhomSchema }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    // A view writes only when it linked an id or noticed a change (the router looks at the answer's time).
    changes: 'person',
  }),
  /** Edit a person's fields; creates the person on the first edit. */
  'person.update': message({
    request: z.object({
      person: WhomSchema,
      patch: z.object({
        name: z.optional(personText(300)),
        headline: z.optional(personText(1000)),
        company: z.optional(personText(300)),
        tags: z.optional(tags),
        contactedAt: z.optional(z.nullable(time)),
        cadenceDays: z.optional(z.union([z.nullable(rhythmDays), z.literal('inherit')])),
        followUpOn: z.optional(z.nullable(time)),
        snoozedUntil: z.optional(z.nullable(time)),
      }),
    }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    changes: 'person',
  }),
  /** How many people are stored (the popup's first-run hint is for none at all). */
  'people.count': message({
    request: z.object({}),
    answer: answers<number>(),
    from: 'extension',
    changes: 'nothing',
  }),
  /** A person and their timeline deleted, answered whole for undo. */
  'person.delete': message({
    request: z.object({ key: text(200) }),
    answer: answers<DeletedPerson>(),
    from: 'extension',
    changes: 'person',
  }),
  /**
   * Undo of a delete: the person as `person.delete` answered them, a summary and its entries. That is
   * the shape backup format 1 kept a person in, so it is checked, and made a document again, as a format 1
   * file's person is (utils/backup/format-1.ts).
   */
  'person.restore': message({
    request: z.object({
      deleted: z.object({
        summary: BackupContactSchema,
        entries: z.array(BackupInteractionSchema).check(z.maxLength(100_000)),
      }),
    }),
    answer: answers<PersonView>(),
    from: 'extension',
    changes: 'person',
  }),
  /**
   * The user says that the person and `other`, a stored person the view suggested (`sameAs`: they share a stored
   * id), are one person; `other` joins them. Answers with an undo token.
   */
  'person.join': message({
    request: z.object({ person: WhomSchema, other: text(200) }),
    answer: answers<JoinedView>(),
    from: 'linkedin-tab',
    changes: 'person',
  }),
  /**
   * The page shows an id that another stored person holds (a view's `samePageIds`): the dashboard opens to compare
   * them, out of the page's reach. Answers nothing, so that the page learns no one.
   */
  'person.compare': message({
    request: z.object({ person: ProfileSchema }),
    answer: answers<null>(),
    from: 'linkedin-tab',
    changes: 'nothing',
  }),
  /** A comparison the dashboard was opened with (`person.compare`'s token). */
  'compare.show': message({
    request: z.object({ token: text(100) }),
    answer: answers<Comparison>(),
    from: 'extension',
    changes: 'nothing',
  }),
  /** The user says the compared page's person and `other` are one; `other` joins them. */
  'compare.join': message({
    request: z.object({ token: text(100), other: text(200) }),
    answer: answers<JoinedView>(),
    from: 'extension',
    changes: 'person',
  }),
  /** Undo of a join, within a minute: both people back as they were. */
  'person.separate': message({
    request: z.object({ undoToken: text(100) }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    changes: 'everyone',
  }),
  /** `other` joins `keep`, any two people (one person saved twice): the dashboard's merge picker. */
  'people.join': message({
    request: z.object({ keep: text(200), other: text(200) }),
    answer: answers<JoinedView>(),
    from: 'extension',
    changes: 'person',
  }),
  /**
   * A rhythm for many people at once, those whose rhythm the user never set (the export import's suggestion);
   * answers how many got it.
   */
  'people.keepInTouch': message({
    request: z.object({ keys: z.array(text(200)).check(z.maxLength(100_000)), cadenceDays: rhythmDays }),
    answer: answers<number>(),
    from: 'extension',
    changes: 'everyone',
  }),
};
