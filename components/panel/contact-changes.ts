/**
 * Hearing that someone's data changed, to show it at once: from the background, which tells every tab but the
 * one that made the change.
 */
import { browser } from 'wxt/browser';
import type { ContactChanged } from '@/utils/protocol';

type Listener = (change: ContactChanged) => void;

function isContactChanged(message: unknown): message is ContactChanged {
  const candidate = message as ContactChanged | null;
  return candidate?.type === 'contact.changed' && (candidate.aliases === 'all' || Array.isArray(candidate.aliases));
}

/** Calls `listener` on every change told by the background; returns the unsubscribe. */
export function onContactChanged(listener: Listener): () => void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isContactChanged(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
