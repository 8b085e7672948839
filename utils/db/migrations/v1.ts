/** Version 1 (the profile panel): contacts and their timelines. */
export const SCHEMA_V1 = {
  // *aliases: find a person by any slug or id; *tags: the list of tags for autocomplete.
  contacts: 'key, *aliases, *tags, updatedAt',
  // [contactKey+at]: one person's timeline in order (and, by its prefix, all of a person's interactions).
  interactions: 'id, [contactKey+at]',
};
