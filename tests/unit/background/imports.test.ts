/** Imports through the background: a file put down for it and announced over a Port, from the extension's pages only. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import type { Database } from '@/utils/db/database';
import { receiveImport } from '@/entrypoints/background/imports';
import { stageFile, takeFile } from '@/utils/import-staging';
import type { FromBackground, ToBackground } from '@/utils/import-transfer';
import { savePeople } from '@/utils/db/people/write';
import { loadSettings } from '@/utils/db/settings-store';
import { newPerson } from '@/utils/model/person';
import { connectionsFile } from '../../helpers/connections-files';
import { speakEnglish } from '../../helpers/english-words';
import { storedPerson } from '../../helpers/stored';
import { useTestDatabase } from '../../helpers/test-database';

const NOW = Date.UTC(2026, 10, 23, 10);
const QUIET = { kind: 'none-until-tagged' } as const;
let db: Database;

useTestDatabase((fresh) => (db = fresh), { resetBrowser: true });
// Connections.csv goes the export's way, whose entries are written in the user's language.
beforeEach(speakEnglish);

const extensionPage = () => ({ id: browser.runtime.id, url: `${browser.runtime.getURL('/')}dashboard.html` });
const linkedInTab = () => ({
  id: browser.runtime.id,
  url: 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/',
  tab: { id: 7 } as never,
});

/** A Port as the background sees the dashboard's: what it answered, and whether it closed it. */
function connect(sender: Browser.runtime.MessageSender, onChange = vi.fn(async () => {})) {
  const listeners: ((message: unknown) => void)[] = [];
  const answers: FromBackground[] = [];
  const port = {
    name: 'import',
    sender,
    closed: false,
    postMessage: (message: FromBackground) => answers.push(message),
    disconnect: () => (port.closed = true),
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
  };
  receiveImport(db, port as unknown as Browser.runtime.Port, { now: () => NOW, onChange });
  const send = (message: ToBackground) => listeners.forEach((listener) => listener(message));
  const last = () => answers.at(-1);
  return { port, answers, send, last, onChange };
}

/** Hands `file` over as the dashboard does: put down for the background, then announced. */
async function sendFile(send: (message: ToBackground) => void, file: Uint8Array, name?: string) {
  const id = await stageFile(new Blob([file as Uint8Array<ArrayBuffer>]));
  send({ type: 'start', file: id, name, bytes: file.length, reminders: QUIET });
  return id;
}

describe('importing through the background', () => {
  it('closes a LinkedIn tab’s import port unread, and imports nothing', async () => {
    const { port, send, answers } = connect(linkedInTab());
    expect(port.closed).toBe(true);
    await sendFile(send, new Uint8Array(10));
    expect(answers).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('imports the file the page put down, takes it away, and tells the badge and every tab', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const file = connectionsFile('excel-finnish-csv');
    const { send, last, onChange } = connect(extensionPage());
    const id = await sendFile(send, file, 'Connections.csv');
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'linkedin-export', result: { added: 4 } } });
    expect(await takeFile(id)).toBeUndefined();
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toContain('Björn Öberg');
    expect(onChange).toHaveBeenCalled();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'people.changed', aliases: 'all' });
  });

  it('imports Connections.csv chosen alone as the export’s own file: an email the user typed stays, and each person is “Connected on LinkedIn”', async () => {
    const typed = newPerson(
      'aino-virtanen-4b2a1c',
      { aliases: ['aino-virtanen-4b2a1c'], name: 'Aino', email: 'aino@home.invalid' },
      NOW - 86_400_000,
    );
    await savePeople(db, [typed], await loadSettings(db));
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Aino,Virtanen,https://www.linkedin.com/in/aino-virtanen-4b2a1c,aino@work.invalid,Revontuli Oy,Designer,14 Jan 2021',
      'Eino,Laine,https://www.linkedin.com/in/eino-laine,,Kide Oy,Developer,03 Feb 2019',
      'Gone,Person,,,,,01 Jan 2020',
    ].join('\n');
    const { send, last } = connect(extensionPage());
    // As a browser names a second download of it.
    await sendFile(send, new TextEncoder().encode(csv), 'Connections (1).csv');
    await vi.waitFor(() => expect(last()?.type).toBe('done'), { timeout: 3000 });
    expect(last()).toMatchObject({
      outcome: {
        kind: 'linkedin-export',
        result: { added: 1, updated: 1, unchanged: 0 },
        files: [{ kind: 'connections', rows: 2, skipped: 1 }],
      },
    });
    const aino = (await storedPerson(db, 'aino-virtanen-4b2a1c'))!;
    expect(aino.email).toBe('aino@home.invalid');
    expect(aino.name).toBe('Aino');
    for (const person of [aino, (await storedPerson(db, 'eino-laine'))!]) {
      expect(person.timeline.map((entry) => entry.text)).toEqual(['Connected on LinkedIn']);
    }
  });

  it('imports a Connections.csv its owner renamed, known by its columns, under the name it has', async () => {
    const { send, last } = connect(extensionPage());
    await sendFile(send, connectionsFile('excel-csv-utf8'), 'my network 2026.csv');
    await vi.waitFor(() => expect(last()?.type).toBe('done'), { timeout: 3000 });
    expect(last()).toMatchObject({
      outcome: {
        kind: 'linkedin-export',
        result: { added: 4 },
        files: [{ path: 'my network 2026.csv', kind: 'connections' }],
      },
    });
  });

  it('refuses a lone file that is neither a backup nor any of LinkedIn’s, and changes nothing', async () => {
    const { send, last } = connect(extensionPage());
    await sendFile(send, new TextEncoder().encode('Name;Phone\nAino;040 123\n'), 'phone book.csv');
    await vi.waitFor(() => expect(last()?.type).toBe('done'), { timeout: 3000 });
    // Said as what it is not, not as a ZIP that holds none of the export's files.
    expect(last()).toMatchObject({ outcome: { kind: 'refused', problem: { kind: 'unknown-file' } } });
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a file over the size limit at its start, before reading it', () => {
    const { send, last } = connect(extensionPage());
    send({ type: 'start', file: 'x', bytes: 200 * 1024 * 1024, reminders: QUIET });
    expect(last()).toEqual({
      type: 'done',
      outcome: { kind: 'refused', problem: { kind: 'too-big', bytes: 200 * 1024 * 1024 } },
    });
  });

  it('names a refused file’s problem, and announces nothing', async () => {
    const { send, last, onChange } = connect(extensionPage());
    const file = new TextEncoder().encode('{"format": "keep-in-to');
    await sendFile(send, file);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'refused', problem: { kind: 'not-json' } } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says so when the file is not there to import (another import took its place), and imports nothing', async () => {
    const { send, last } = connect(extensionPage());
    const id = await stageFile(new Blob([connectionsFile('linkedin') as Uint8Array<ArrayBuffer>]));
    await stageFile(new Blob(['another file']));
    send({ type: 'start', file: id, bytes: 100, reminders: QUIET });
    await vi.waitFor(() => expect(last()).toMatchObject({ type: 'failed', code: 'failed' }));
    expect(await db.contacts.count()).toBe(0);
  });

  it('cancels an import asked for before the file is even read: it never starts', async () => {
    const { send, last } = connect(extensionPage());
    await sendFile(send, connectionsFile('linkedin'));
    send({ type: 'cancel' });
    await vi.waitFor(() => expect(last()).toEqual({ type: 'done', outcome: { kind: 'cancelled' } }));
    expect(await db.contacts.count()).toBe(0);
  });

  it('says the disk is full when it is, and announces nothing', async () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db, 'transaction').mockRejectedValue(full);
    const file = connectionsFile('linkedin');
    const { send, last, onChange } = connect(extensionPage());
    await sendFile(send, file, 'Connections.csv');
    await vi.waitFor(() => expect(last()?.type).toBe('failed'));
    expect(last()).toMatchObject({ code: 'storage-full' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a tier without a tag, as any malformed message', () => {
    const { send, last } = connect(extensionPage());
    send({ type: 'start', file: 'x', bytes: 1, reminders: { kind: 'tier', tag: '  ', cadenceDays: 30 } });
    expect(last()).toMatchObject({ type: 'failed' });
  });
});
