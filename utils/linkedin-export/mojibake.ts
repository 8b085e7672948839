/**
 * Names garbled by UTF-8 read as Windows-1252 and written out again as UTF-8 ("MÃ¤kelÃ¤" for "Mäkelä"), which
 * some LinkedIn exports carry. Pure.
 *
 * Repaired only when it is clearly that: every character maps back to one byte, those bytes are valid UTF-8,
 * and the text holds at least one of the two-character sequences that double encoding leaves (a lead
 * character Â–ï, or â for three-byte characters, followed by a continuation character). A name that merely
 * has an "Ã" in it ("SÃO") is not valid UTF-8 as bytes and stays as it was.
 */

/** Windows-1252's characters for the bytes 80–9F, the ones that differ from Latin-1 (decode-text.ts has them too). */
const WINDOWS_1252_80_TO_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const BYTE_OF = new Map<string, number>();
for (let byte = 0; byte < 0x100; byte++) {
  const char = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_TO_9F[byte - 0x80]! : String.fromCharCode(byte);
  BYTE_OF.set(char, byte);
}

/** A UTF-8 lead byte's character followed by a continuation byte's, as double encoding writes them. */
const DOUBLE_ENCODED =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

/** The text repaired when it is clearly double-encoded UTF-8, else the text itself. */
export function repairMojibake(text: string): string {
  if (!DOUBLE_ENCODED.test(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    const byte = BYTE_OF.get(char);
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return text;
  }
}
