/**
 * The dashboard's one search index over its contacts: built when a page first searches a given list of contacts
 * (the live query's array, new after every change), then shared by the contact list and the merge picker.
 */
import { buildSearchIndex, type SearchIndex } from '@/utils/search';
import type { Summary } from '@/utils/model/summary';

const built = new WeakMap<readonly Summary[], SearchIndex>();

export function searchIndexOf(contacts: readonly Summary[]): SearchIndex {
  let index = built.get(contacts);
  if (!index) built.set(contacts, (index = buildSearchIndex(contacts)));
  return index;
}
