/**
 * The dashboard's one search index over its contacts: built when a page first searches a given list of contacts
 * (the live query's array, new after every change), then shared by the contact list and the merge picker.
 */
import type { Contact } from '@/utils/contacts';
import { buildSearchIndex, type SearchIndex } from '@/utils/search';

const built = new WeakMap<readonly Contact[], SearchIndex>();

export function searchIndexOf(contacts: readonly Contact[]): SearchIndex {
  let index = built.get(contacts);
  if (!index) built.set(contacts, (index = buildSearchIndex(contacts)));
  return index;
}
