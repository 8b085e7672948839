/** A file's text whatever encoding Excel or LinkedIn wrote it in, found without asking. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '@/utils/decode-text';

const NAME = 'Björn Öberg, Åsa Ähtäri';
const utf16 = (text: string, littleEndian: boolean) =>
  Uint8Array.from(
    [...text].flatMap((char) => {
      const code = char.charCodeAt(0);
      return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    }),
  );

describe('decoding a file', () => {
  it.each([
    ['UTF-8 without a byte order mark (LinkedIn)', new TextEncoder().encode(NAME)],
    [
      'UTF-8 with a byte order mark (Excel "CSV UTF-8")',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NAME)]),
    ],
    ['UTF-16LE with a byte order mark (Excel "Unicode text")', Uint8Array.from([0xff, 0xfe, ...utf16(NAME, true)])],
    ['UTF-16BE with a byte order mark', Uint8Array.from([0xfe, 0xff, ...utf16(NAME, false)])],
    // Windows-1252: ö is F6, Ö D6, Å C5, Ä C4, ä E4; not valid UTF-8.
    ['Windows-1252 (Excel "CSV" on Windows)', Uint8Array.from(NAME, (char) => char.charCodeAt(0))],
  ])('reads %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(NAME);
  });

  it('reads the Windows-1252 letters outside Latin-1 as Windows does (€ is 80, – is 96)', () => {
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x96, 0x20, 0xe4]))).toBe('€ – ä');
  });

  it('keeps an empty file empty', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });
});
