/**
 * LinkedIn's export ZIP read as it streams in (fflate: small, kept up, no dependencies, and it inflates chunk by
 * chunk, so a file is never held whole as ZIP and text at once): only the files the import reads
 * (files.ts) are inflated; the rest are named as skipped.
 *
 * Refused with nothing read: a ZIP with none of the export's files (not LinkedIn's), a damaged one (bad data,
 * cut short), and one whose read files would unpack past the limit, found from the sizes its headers declare
 * before anything is inflated, and again while inflating, in case the headers lie.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { decodeText } from '../decode-text';
import { exportFileKind } from './files';
import type { ExportText } from './read';

/** At most this much text unpacked from one import's ZIPs: ten times the largest real export seen. */
export const UNPACKED_LIMIT = 512 * 2 ** 20;

export type ZipProblem =
  | { kind: 'zip-not-linkedin'; name: string }
  | { kind: 'zip-damaged'; name: string }
  | { kind: 'zip-too-large'; name: string; limit: number };

export type ZipReading = { ok: true; files: ExportText[]; skipped: string[] } | { ok: false; problem: ZipProblem };

/** Whether the bytes begin as a ZIP does (a local file header, or an empty archive's end record). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
}

/** Reads the export's files out of a ZIP given chunk by chunk; `limit` is what may be unpacked, in all. */
export async function readExportZip(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  limit = UNPACKED_LIMIT,
): Promise<ZipReading> {
  const files: ExportText[] = [];
  const skipped: string[] = [];
  let unpacked = 0;
  let problem: ZipProblem | null = null;
  const open = new Set<UnzipFile>();

  const unzip = new Unzip((file) => {
    if (problem) return;
    if (file.name.endsWith('/') || exportFileKind(file.name) === null) {
      skipped.push(file.name);
      return;
    }
    // The declared size first: a bomb is refused before a byte of it is inflated.
    if (file.originalSize !== undefined && unpacked + file.originalSize > limit) {
      problem = { kind: 'zip-too-large', name, limit };
      return;
    }
    const parts: Uint8Array[] = [];
    open.add(file);
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = { kind: 'zip-damaged', name };
        return;
      }
      unpacked += chunk.length;
      if (unpacked > limit) {
        problem = { kind: 'zip-too-large', name, limit };
        file.terminate();
        return;
      }
      // Copied: the inflater may hand the next chunk in the same buffer.
      parts.push(chunk.slice());
      if (final) {
        open.delete(file);
        files.push({ path: file.name, text: decodeText(joined(parts)) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  let first = true;
  try {
    for await (const chunk of chunks) {
      if (first && chunk.length >= 4 && !looksLikeZip(chunk))
        return { ok: false, problem: { kind: 'zip-not-linkedin', name } };
      first = false;
      unzip.push(chunk);
      if (problem) return { ok: false, problem };
    }
    unzip.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, problem: { kind: 'zip-damaged', name } };
  }
  if (problem) return { ok: false, problem };
  // A file begun and never ended: the ZIP was cut short.
  if (open.size > 0) return { ok: false, problem: { kind: 'zip-damaged', name } };
  if (files.length === 0) return { ok: false, problem: { kind: 'zip-not-linkedin', name } };
  return { ok: true, files, skipped };
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** A Blob's bytes as chunks, read as they are needed. */
export async function* blobChunks(blob: Blob, size = 1 << 20): AsyncIterable<Uint8Array> {
  for (let at = 0; at < blob.size; at += size) {
    yield new Uint8Array(await blob.slice(at, at + size).arrayBuffer());
  }
}
