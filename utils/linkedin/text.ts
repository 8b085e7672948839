/** Text on LinkedIn's pages as a person reads it: shared by the profile reader and the invitation's invitee. */

// Invisible characters LinkedIn leaves in names and company names (zero-width space, word joiner, byte-order
// mark, direction marks): not part of a value. Zero-width (non-)joiners stay: they shape Persian, Indic scripts
// and emoji.
const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF]/g;

/** The text as a person reads it: invisible characters gone, whitespace collapsed (Ember headlines hold raw newlines). */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
