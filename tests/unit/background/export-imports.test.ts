/** LinkedIn's data export imported through the background: its ZIP, its parts at once, and ZIPs refused. */
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { receiveImport } from '@/entrypoints/background/imports';
import type { Database } from '@/utils/db/database';
import { stageFiles } from '@/utils/import-staging';
import type { FromBackground, ToBackground } from '@/utils/import-transfer';
import { speakEnglish } from '../../helpers/english-words';
import { fixtureExport } from '../../helpers/linkedin-export';
import { useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 4, 1, 9);
const QUIET = { kind: 'none-until-tagged' } as const;
let db: Database;

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });

// The entries' words, in English as the browser's i18n would give them.
beforeEach(speakEnglish);

function connect() {
  const listeners: ((message: unknown) => void)[] = [];
  const answers: FromBackground[] = [];
  const port = {
    name: 'import',
    sender: { id: browser.runtime.id, url: `${browser.runtime.getURL('/')}dashboard.html` },
    postMessage: (message: FromBackground) => answers.push(message),
    disconnect: () => {},
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
  };
  const onChange = vi.fn(async () => {});
  receiveImport(db, port as unknown as Browser.runtime.Port, { now: () => NOW, onChange });
  const send = (message: ToBackground) => listeners.forEach((listener) => listener(message));
  return { answers, send, last: () => answers.at(-1), onChange };
}

/** Hands files over as the dashboard does, several at once. */
async function sendFiles(
  send: (message: ToBackground) => void,
  files: { name: string; bytes: Uint8Array }[],
  keepTexts = false,
) {
  const ids = await stageFiles(files.map((file) => new Blob([file.bytes as Uint8Array<ArrayBuffer>])));
  const [first, ...rest] = files;
  send({
    type: 'start',
    file: ids[0]!,
    bytes: first!.bytes.length,
    name: first!.name,
    more: rest.map((file, index) => ({ file: ids[index + 1]!, name: file.name, bytes: file.bytes.length })),
    reminders: QUIET,
    keepTexts,
  });
}

function zipOf(files: { path: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])));
}

describe('importing LinkedIn’s data export through the background', () => {
  it('reads the ZIP as downloaded and says what it read from which file', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { send, last, onChange } = connect();
    await sendFiles(send, [{ name: 'Basic_LinkedInDataExport_03-12-2026.zip', bytes: zipOf(fixtureExport('basic')) }]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({
      outcome: {
        kind: 'linkedin-export',
        result: { added: 4 },
        counts: { ownerFound: true, inTouch: 2 },
        keepTexts: false,
      },
    });
    const outcome = (last() as Extract<FromBackground, { type: 'done' }>).outcome;
    if (outcome.kind !== 'linkedin-export') throw new Error(outcome.kind);
    expect(outcome.files.map((file) => file.path.split('/').pop())).toContain('messages.csv');
    expect(outcome.skipped.map((path) => path.split('/').pop()).sort()).toEqual([
      'Ad_Targeting.csv',
      'guide_messages.csv',
    ]);
    expect(onChange).toHaveBeenCalled();
  });

  it('takes the parts of an export at once, and CSV files beside them', async () => {
    const files = fixtureExport('basic');
    const half = Math.floor(files.length / 2);
    const { send, last } = connect();
    await sendFiles(send, [
      { name: 'Complete_LinkedInDataExport_03-12-2026.zip', bytes: zipOf(files.slice(0, half)) },
      { name: 'Complete_LinkedInDataExport_03-12-2026 (1).zip', bytes: zipOf(files.slice(half, -1)) },
      { name: files.at(-1)!.path.split('/').pop()!, bytes: strToU8(files.at(-1)!.text) },
    ]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'linkedin-export', result: { added: 4 } } });
    expect(await db.people.get('sanna-virtanen')).toBeUndefined();
  });

  it('refuses a ZIP that is not LinkedIn’s, and changes nothing', async () => {
    const { send, last, onChange } = connect();
    await sendFiles(send, [{ name: 'holiday.zip', bytes: zipSync({ 'photo.txt': strToU8('sunny') }) }]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toEqual({
      type: 'done',
      outcome: { kind: 'refused', problem: { kind: 'zip-not-linkedin', name: 'holiday.zip' } },
    });
    expect(await db.people.count()).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each(['Connections.csv', 'notes.csv', 'backup.json', 'Basic_LinkedInDataExport_03-12-2026.zip', 'untitled'])(
    'refuses an empty file as empty, whatever its name (%s), and changes nothing',
    async (name) => {
      const { send, last, onChange } = connect();
      await sendFiles(send, [{ name, bytes: new Uint8Array(0) }]);
      await vi.waitFor(() => expect(last()?.type).toBe('done'));
      expect(last()).toEqual({ type: 'done', outcome: { kind: 'refused', problem: { kind: 'empty', name } } });
      expect(await db.people.count()).toBe(0);
      expect(onChange).not.toHaveBeenCalled();
    },
  );

  it('refuses an empty part among the export’s, naming it', async () => {
    const { send, last } = connect();
    const connections = fixtureExport('basic').find((file) => file.path.endsWith('/Connections.csv'))!;
    await sendFiles(send, [
      { name: 'Connections.csv', bytes: strToU8(connections.text) },
      { name: 'messages.csv', bytes: new Uint8Array(0) },
    ]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'refused', problem: { kind: 'empty', name: 'messages.csv' } } });
    expect(await db.people.count()).toBe(0);
  });

  it('refuses a ZIP with nothing in it as not LinkedIn’s', async () => {
    const { send, last } = connect();
    await sendFiles(send, [{ name: 'export.zip', bytes: zipSync({}) }]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({
      outcome: { kind: 'refused', problem: { kind: 'zip-not-linkedin', name: 'export.zip' } },
    });
  });

  it('refuses an export whose file has unexpected columns, and changes nothing of the rest', async () => {
    const files = fixtureExport('basic').map((file) =>
      file.path.endsWith('/Invitations.csv') ? { ...file, text: 'Who,When\nAino,today\n' } : file,
    );
    const { send, last } = connect();
    await sendFiles(send, [{ name: 'Basic_LinkedInDataExport_03-12-2026.zip', bytes: zipOf(files) }]);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({
      outcome: {
        kind: 'refused',
        problem: { kind: 'export-columns', file: 'Invitations.csv', expected: expect.stringContaining('Sent At') },
      },
    });
    expect(await db.people.count()).toBe(0);
  });
});
