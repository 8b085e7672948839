/** Imports through the background: a file in chunks over a Port, from the extension's own pages only. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { ContactsDatabase } from '@/utils/db/database';
import { receiveImport } from '@/entrypoints/background/imports';
import { fromBase64, type FromBackground, type ToBackground } from '@/utils/import-transfer';
import { connectionsFile } from '../helpers/connections-files';

const NOW = Date.UTC(2026, 10, 23, 10);
const QUIET = { kind: 'none-until-tagged' } as const;
/** Base64 as the dashboard's FileReader writes it. */
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
let db: ContactsDatabase;

beforeEach(() => {
  fakeBrowser.reset();
  db = new ContactsDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

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

/** Sends `file` as the dashboard does, in chunks of `size` bytes. */
function sendFile(send: (message: ToBackground) => void, file: Uint8Array, size: number) {
  for (let at = 0; at < file.length; at += size)
    send({ type: 'chunk', base64: toBase64(file.subarray(at, at + size)) });
  send({ type: 'end' });
}

describe('importing through the background', () => {
  it('closes a LinkedIn tab’s import port unread, and imports nothing', async () => {
    const { port, send, answers } = connect(linkedInTab());
    expect(port.closed).toBe(true);
    send({ type: 'start', bytes: 10, reminders: QUIET });
    expect(answers).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('imports a file sent in chunks, and tells the badge and every tab', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const file = connectionsFile('excel-finnish-csv');
    const { send, last, onChange } = connect(extensionPage());
    send({ type: 'start', bytes: file.length, reminders: QUIET });
    expect(last()).toEqual({ type: 'ready' });
    sendFile(send, file, 100);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'connections', result: { added: 4 } } });
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toContain('Björn Öberg');
    expect(onChange).toHaveBeenCalled();
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'contact.changed', aliases: 'all' });
  });

  it('refuses a file over the size limit at its start, before a byte is sent', () => {
    const { send, last } = connect(extensionPage());
    send({ type: 'start', bytes: 200 * 1024 * 1024, reminders: QUIET });
    expect(last()).toEqual({
      type: 'done',
      outcome: { kind: 'refused', problem: { kind: 'too-big', bytes: 200 * 1024 * 1024 } },
    });
  });

  it('names a refused file’s problem, and announces nothing', async () => {
    const { send, last, onChange } = connect(extensionPage());
    const file = new TextEncoder().encode('{"format": "keep-in-to');
    send({ type: 'start', bytes: file.length, reminders: QUIET });
    sendFile(send, file, 8);
    await vi.waitFor(() => expect(last()?.type).toBe('done'));
    expect(last()).toMatchObject({ outcome: { kind: 'refused', problem: { kind: 'not-json' } } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('imports nothing when part of the file is missing, or more comes than was announced', async () => {
    const file = connectionsFile('linkedin');
    const short = connect(extensionPage());
    short.send({ type: 'start', bytes: file.length + 1, reminders: QUIET });
    sendFile(short.send, file, 64);
    expect(short.last()).toMatchObject({ type: 'failed', code: 'failed' });
    const long = connect(extensionPage());
    long.send({ type: 'start', bytes: file.length - 1, reminders: QUIET });
    sendFile(long.send, file, 64);
    expect(long.answers.find((answer) => answer.type === 'failed')).toBeDefined();
    expect(await db.contacts.count()).toBe(0);
  });

  it('says the disk is full when it is, and announces nothing', async () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db, 'transaction').mockRejectedValue(full);
    const file = connectionsFile('linkedin');
    const { send, last, onChange } = connect(extensionPage());
    send({ type: 'start', bytes: file.length, reminders: QUIET });
    sendFile(send, file, 1000);
    await vi.waitFor(() => expect(last()?.type).toBe('failed'));
    expect(last()).toMatchObject({ code: 'storage-full' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a tier without a tag, as any malformed message', () => {
    const { send, last } = connect(extensionPage());
    send({ type: 'start', bytes: 1, reminders: { kind: 'tier', tag: '  ', cadenceDays: 30 } });
    expect(last()).toMatchObject({ type: 'failed' });
  });
});

describe('base64 for the chunks', () => {
  it('gives back every byte value, in files longer than one slice', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, at) => (at * 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
