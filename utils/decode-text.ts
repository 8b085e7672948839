/**
 * The text of a file the user chose, its encoding found without asking. Pure.
 *
 * What people have: LinkedIn and Excel's "CSV UTF-8" write UTF-8 (Excel with a byte order mark), Excel's
 * "Unicode text" writes UTF-16LE with a byte order mark, and Excel's plain "CSV" on Windows writes the ANSI code
 * page, Windows-1252 in Western Europe and the Nordics ("Björn" as the byte F6 for ö).
 */

/**
 * Windows-1252's characters for the bytes 80–9F (€, ‚, „, …, Š, Ž, ‘ ’ “ ”, –, —, ™, š, ž, Ÿ); five bytes have
 * none and stay as they are. Every other byte is the Unicode code point of the same number.
 */
const WINDOWS_1252_80_TO_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * Windows-1252 decoded here rather than by TextDecoder('windows-1252'): browsers do it right, but Node's (where
 * the unit tests run) reads that label as Latin-1 and turns € and – into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its codes as arguments, and arguments are limited.
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_TO_9F.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, at) => bytes[at] === byte);
}

/**
 * A byte order mark names the encoding (UTF-8, UTF-16LE, UTF-16BE); without one, bytes that are valid UTF-8 are
 * UTF-8, and anything else is Windows-1252 (every byte is a character there, so nothing is refused).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a byte of 80 or more outside a UTF-8 sequence is how Windows-1252 writes ä, ö, å.
    return decodeWindows1252(bytes);
  }
}
