/**
 * Hearing that someone's data changed, to show it at once: from the background, which tells every tab but the
 * one that made the change, and from this page itself when its content script wrote outside the panel (a sent
 * invitation, logged as LinkedIn's Send is pressed), which the background therefore does not echo back.
 */
import { browser } from 'wxt/browser';
import type { PeopleChanged } from '@/utils/messages';

type Listener = (change: PeopleChanged) => void;
const local = new Set<Listener>();

function isPeopleChanged(message: unknown): message is PeopleChanged {
  const candidate = message as PeopleChanged | null;
  return candidate?.type === 'people.changed' && (candidate.aliases === 'all' || Array.isArray(candidate.aliases));
}

/** Calls `listener` on every change told by the background or this page; returns the unsubscribe. */
export function onPeopleChanged(listener: Listener): () => void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isPeopleChanged(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  local.add(listener);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    local.delete(listener);
  };
}

/** Tells this page's listeners of a change it made itself. */
export function announceHere(change: PeopleChanged): void {
  for (const listener of local) listener(change);
}
