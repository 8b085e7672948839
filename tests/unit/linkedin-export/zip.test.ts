import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readExportZip } from '@/utils/linkedin-export/zip';
import { fixtureExport } from '../../helpers/linkedin-export';

/** The fixture export zipped as LinkedIn does, in its folder. */
function exportZip(files = fixtureExport('basic')): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])));
}

/** The bytes in chunks of `size`, as a Blob's stream gives them. */
function chunked(bytes: Uint8Array, size = 1000): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describe('reading an export ZIP', () => {
  it('inflates the files the import reads and names the others as skipped', async () => {
    const reading = await readExportZip('Basic_LinkedInDataExport_03-12-2026.zip', chunked(exportZip()));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.files.map((file) => file.path.split('/').pop()).sort()).toEqual([
      'Connections.csv',
      'Endorsement_Given_Info.csv',
      'Endorsement_Received_Info.csv',
      'Invitations.csv',
      'Profile.csv',
      'Recommendations_Given.csv',
      'Recommendations_Received.csv',
      'messages.csv',
    ]);
    expect(reading.files.find((file) => file.path.endsWith('/messages.csv'))?.text).toBe(
      fixtureExport('basic').find((file) => file.path.endsWith('/messages.csv'))?.text,
    );
    expect(reading.skipped.map((path) => path.split('/').pop()).sort()).toEqual([
      'Ad_Targeting.csv',
      'guide_messages.csv',
    ]);
  });

  it('refuses a ZIP that is not LinkedIn’s, and a file that is no ZIP', async () => {
    const other = zipSync({ 'holiday/photo.txt': strToU8('sunny') });
    expect(await readExportZip('photos.zip', [other])).toEqual({
      ok: false,
      problem: { kind: 'zip-not-linkedin', name: 'photos.zip' },
    });
    expect(await readExportZip('notes.zip', [strToU8('just some text, not a zip')])).toMatchObject({
      ok: false,
      problem: { kind: 'zip-not-linkedin' },
    });
  });

  it('refuses a damaged ZIP: cut short, or its data garbled', async () => {
    const whole = exportZip();
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(await readExportZip('cut.zip', chunked(cut))).toMatchObject({ ok: false, problem: { kind: 'zip-damaged' } });
    const big = zipSync({ 'x/messages.csv': strToU8('CONVERSATION ID,' + 'abc,'.repeat(5000)) });
    const garbled = big.slice();
    for (let at = 60; at < 120; at++) garbled[at] = 0xff;
    expect(await readExportZip('garbled.zip', [garbled])).toMatchObject({
      ok: false,
      problem: { kind: 'zip-damaged' },
    });
  });

  it('refuses a ZIP that would unpack past the limit, from its declared sizes', async () => {
    const bomb = zipSync({ 'x/messages.csv': new Uint8Array(5 * 2 ** 20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    expect(await readExportZip('bomb.zip', [bomb], 2 ** 20)).toMatchObject({
      ok: false,
      problem: { kind: 'zip-too-large', limit: 2 ** 20 },
    });
  });

  it('stops inflating past the limit when the headers lie about the size', async () => {
    const bomb = zipSync({ 'x/messages.csv': new Uint8Array(5 * 2 ** 20) }, { level: 9 });
    // The local header's uncompressed size (offset 22) says 100 bytes.
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(22, 100, true);
    expect(await readExportZip('liar.zip', chunked(bomb, 4096), 2 ** 20)).toMatchObject({
      ok: false,
      problem: { kind: 'zip-too-large' },
    });
  });
});
