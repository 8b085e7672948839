/**
 * One line of a person's text (name, headline, company, location) as it is stored, whatever brought it: the
 * page reader, LinkedIn's Connections.csv, a backup, another device. Pure.
 *
 * Taken out: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a name read
 * backwards on screen or hide what follows it, and the C0 and C1 controls and DEL, which are nothing anyone
 * types and which a spreadsheet or a terminal may act on. A line break, a tab, NEL or U+2028–U+2029 becomes a
 * space: these fields are one line, and the words on either side stay apart. The marks right-to-left scripts and joiners
 * need (U+200C–U+200F) are letters' business, and stay.
 */

/** Line breaks (NEL and the line and paragraph separators too) and tabs: a space in one line of text. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Every other control (Cc: C0, DEL and C1, U+0000–U+001F and U+007F–U+009F), bidi embeddings, overrides, isolates. */
const UNWANTED = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function cleanText(value: string): string {
  return value.replace(BREAKS, ' ').replace(UNWANTED, '');
}
