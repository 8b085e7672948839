/**
 * Stable ids for the entries an export creates: the same row of the same export gives the same id, whichever
 * export, part or order it comes in, so that importing it again adds nothing and a newer export only what is
 * new. A hash of what names the entry (cyrb53, 53 bits: ids need to differ within one person's timeline, where a
 * collision among even a million entries is about one in ten thousand), with the kind in clear; not secret. Pure.
 */

function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The id of an export's entry of `kind`, named by `parts`. */
export function exportEntryId(kind: string, ...parts: readonly (string | number)[]): string {
  const text = parts.join('\u0000');
  return `linkedin-${kind}-${cyrb53(text, 1)}`;
}

/** Whether an entry's id is that of an export's entry of `kind` (exportEntryId's). */
export function isExportEntryOf(kind: string, id: string): boolean {
  return id.startsWith(`linkedin-${kind}-`);
}

/**
 * A version's rev from what it records: an imported entry's version is the same wherever it was made. It ends
 * in "li", which no rev the extension makes for an edit has (those are hexadecimal: timeline.ts).
 */
export function exportRev(named: string): string {
  return cyrb53(named, 3).padStart(11, '0').slice(0, 11) + 'li';
}

/** Whether a version is one an import wrote (not an edit made since). */
export function isImportRev(rev: string): boolean {
  return rev.endsWith('li');
}
