/** Answers that more than one message gives, or that only messages give. */
import type { PageClaims } from '../db/people/page';
import type { PersonView } from '../model/summary';

/** What the dashboard compares: the page's person as LinkedIn showed them, and who holds the ids it claimed. */
export interface Comparison {
  page: { key: string; name: string; headline: string };
  claims: PageClaims;
}

/** Two people joined into one, and the token that undoes it (`person.separate`). */
export type JoinedView = PersonView & { undoToken: string };
