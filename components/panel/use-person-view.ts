/**
 * One person's data, for the panel (the person on screen) and the dashboard's contact page (a stored contact):
 * what the background knows, kept fresh when another tab changes it, and the mutations that change it. One
 * person per hook instance (callers key it by person). A failed mutation reports and resolves false, so the
 * caller keeps what the person typed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/utils/messaging';
import type { MessageType, RequestOf } from '@/utils/messages';
import { describeError } from '../describe-error';
import { onPeopleChanged } from './people-changes';
import { aliasesOf } from '@/utils/model/profile';
import type { PersonView, Whom } from '@/utils/model/summary';

/** A mutation's payload without the person, which the hook adds. */
type MutationPayload<T extends MessageType> = Omit<RequestOf<T>, 'person'>;
export type Mutate = <T extends 'person.update' | 'entry.add' | 'entry.update' | 'entry.delete'>(
  type: T,
  payload: MutationPayload<T>,
) => Promise<boolean>;

export function usePersonView(person: Whom) {
  const [view, setView] = useState<PersonView | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // When this person was first shown loaded (performance.now()): what `npm run bench` measures.
  const [shownAt, setShownAt] = useState<number | null>(null);
  // Answers can arrive after the person on screen changed: only the latest request may set the view.
  const latestRequest = useRef(0);
  const personRef = useRef(person);
  personRef.current = person;
  const personSignature = JSON.stringify(person);

  const load = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const loaded = await send('person.view', { person: personRef.current });
      if (request !== latestRequest.current) return;
      // Changes are noticed once, on the visit that sees them; keep showing them for the rest of the visit.
      setView((previous) => ({
        ...loaded,
        changes: loaded.changes.length ? loaded.changes : (previous?.changes ?? []),
      }));
      setShownAt((previous) => previous ?? performance.now());
      setLoadFailed(false);
    } catch {
      if (request === latestRequest.current) setLoadFailed(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [personSignature, load]);

  // Another tab (or this page, outside the panel) changed someone: reload if it is this person.
  useEffect(
    () =>
      onPeopleChanged((change) => {
        const mine = new Set([...aliasesOf(personRef.current), ...(view?.summary?.aliases ?? [])]);
        if (change.aliases === 'all' || change.aliases.some((alias) => mine.has(alias))) void load();
      }),
    [load, view?.summary?.aliases],
  );

  /** Shows an answer that changed this person, unless a later request has been made since. */
  const show = useCallback((request: number, result: PersonView) => {
    if (request === latestRequest.current) setView((previous) => ({ ...result, changes: previous?.changes ?? [] }));
  }, []);

  const mutate: Mutate = useCallback(async (type, payload) => {
    const request = ++latestRequest.current;
    try {
      show(request, await send(type, { ...payload, person: personRef.current } as RequestOf<typeof type>));
      setError(null);
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  }, []);

  /** Joins a suggested person (`view.sameAs`) into this one, as the user said; the undo token, or null. */
  const join = useCallback(async (other: string): Promise<string | null> => {
    const request = ++latestRequest.current;
    try {
      const { undoToken, ...joined } = await send('person.join', { person: personRef.current, other });
      show(request, joined);
      setError(null);
      return undoToken;
    } catch (failure) {
      setError(describeError(failure));
      return null;
    }
  }, []);

  /** Opens the dashboard to compare the page's person with whoever holds an id the page claims (`samePageIds`). */
  const compare = useCallback(() => {
    if ('layout' in personRef.current) {
      send('person.compare', { person: personRef.current }).catch((failure) => setError(describeError(failure)));
    }
  }, []);

  /** Undoes a join; throws, for the undo bar to say why it could not. */
  const separate = useCallback(async (undoToken: string) => {
    const request = ++latestRequest.current;
    show(request, await send('person.separate', { undoToken }));
  }, []);

  return { view, loadFailed, error, shownAt, load, mutate, join, compare, separate };
}
