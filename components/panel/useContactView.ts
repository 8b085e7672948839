/**
 * One person's data, for the panel (the person on screen) and the dashboard's contact page (a stored contact):
 * what the background knows, kept fresh when another tab changes it, and the mutations that change it. One
 * person per hook instance (callers key it by person). A failed mutation reports and resolves false, so the
 * caller keeps what the person typed.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type ContactView, type PersonRef } from '@/utils/contacts';
import { send } from '@/utils/messaging';
import type { MessageType, RequestOf } from '@/utils/messages';
import { describeError } from '../describe-error';
import { onContactChanged } from './contact-changes';
import { aliasesOf } from '@/utils/model/profile';

/** A mutation's payload without the person, which the hook adds. */
type MutationPayload<T extends MessageType> = Omit<RequestOf<T>, 'person'>;
export type Mutate = <T extends 'contact.update' | 'interaction.add' | 'interaction.update' | 'interaction.delete'>(
  type: T,
  payload: MutationPayload<T>,
) => Promise<boolean>;

export function useContactView(person: PersonRef) {
  const [view, setView] = useState<ContactView | null>(null);
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
      const loaded = await send('contact.view', { person: personRef.current });
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
      onContactChanged((change) => {
        const mine = new Set([...aliasesOf(personRef.current), ...(view?.contact?.aliases ?? [])]);
        if (change.aliases === 'all' || change.aliases.some((alias) => mine.has(alias))) void load();
      }),
    [load, view?.contact?.aliases],
  );

  /** Shows an answer that changed this person, unless a later request has been made since. */
  const show = useCallback((request: number, result: ContactView) => {
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
      const { undoToken, ...joined } = await send('contact.join', { person: personRef.current, other });
      show(request, joined);
      setError(null);
      return undoToken;
    } catch (failure) {
      setError(describeError(failure));
      return null;
    }
  }, []);

  /** Opens the dashboard to compare the page's person with whoever holds an id the page claims (`samePageIds`). */
  const compare = useCallback(async (): Promise<boolean> => {
    if (!('layout' in personRef.current)) return false;
    try {
      await send('contact.compare', { person: personRef.current });
      setError(null);
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  }, []);

  /** Undoes a join; throws, for the undo bar to say why it could not. */
  const separate = useCallback(async (undoToken: string) => {
    const request = ++latestRequest.current;
    show(request, await send('contact.separate', { undoToken }));
  }, []);

  return { view, loadFailed, error, shownAt, load, mutate, join, compare, separate };
}
