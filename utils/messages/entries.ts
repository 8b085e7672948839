/** Messages about the entries on a person's timeline: notes, meetings, messages and the rest the user logs. */
import * as z from 'zod/mini';
import { text, time } from '../model/schemas';
import { ENTRY_TEXT_MAX } from '../model/timeline';
import { answers, message } from './define';
import { WhomSchema } from './whom';
import { LOGGED_ENTRY_TYPES } from '../model/entry';
import type { PersonView } from '../model/summary';

const entryText = text(ENTRY_TEXT_MAX);

export const entryMessages = {
  /** Log a note or an interaction; creates the person on the first one. */
  'entry.add': message({
    request: z.object({ person: WhomSchema, type: z.enum(LOGGED_ENTRY_TYPES), text: entryText, at: time }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    changes: 'person',
  }),
  /** `rev`: the version of the entry the writer saw, so that an edit made meanwhile elsewhere stays beside this one. */
  'entry.update': message({
    request: z.object({
      person: WhomSchema,
      id: text(100),
      rev: z.optional(text(400)),
      patch: z.object({
        type: z.optional(z.enum(LOGGED_ENTRY_TYPES)),
        text: z.optional(entryText),
        at: z.optional(time),
      }),
    }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    changes: 'person',
  }),
  'entry.delete': message({
    request: z.object({ person: WhomSchema, id: text(100), rev: z.optional(text(400)) }),
    answer: answers<PersonView>(),
    from: 'linkedin-tab',
    changes: 'person',
  }),
};
