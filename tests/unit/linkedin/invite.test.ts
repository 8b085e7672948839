import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNoteBox, findSendButton, noteLimitShown, pressesSend } from '@/utils/linkedin/invite';
import { parseHtml } from '../../helpers/dom';

const URL = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';

// Trimmed from LinkedIn's markup (../shared/linkedin-pages, connect-invite-modal excerpts, blocks D and E).
const STAGE2 = `<div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite">
  <textarea name="message" rows="2" id="custom-message" minlength="1"></textarea><span>0/300</span>
  <button disabled aria-label="Send invitation">Send</button></div></div>`;
const LEGACY_2017 = `<textarea name="message" maxlength="300" id="custom-message" class="send-invite__custom-message"></textarea>`;

describe('the note box', () => {
  it('is found in the send-invite dialog, with the limit its counter shows', () => {
    const box = findNoteBox(parseHtml(`<body>${STAGE2}</body>`, URL))!;
    expect(box.id).toBe('custom-message');
    expect(noteLimitShown(box)).toBe(300);
  });

  it('takes the limit from maxlength where the box has one (2017)', () => {
    expect(noteLimitShown(findNoteBox(parseHtml(`<body>${LEGACY_2017}</body>`, URL))!)).toBe(300);
  });

  it('is found inside #interop-outlet’s open shadow root, where newer overlays render', () => {
    const document = parseHtml('<body><div id="interop-outlet"></div></body>', URL);
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = STAGE2;
    expect(findNoteBox(document)?.id).toBe('custom-message');
  });

  it('is not found when no dialog is open', () => {
    expect(findNoteBox(parseHtml('<body><textarea name="comment"></textarea></body>', URL))).toBeNull();
  });
});

// The stage 2 dialog of each generation, as LinkedIn renders it in the user's language: fictional, trimmed from
// the excerpts (blocks B-E). Labels as the Finnish and Polish UIs would read; the code reads none of them. The
// expected Send button is marked data-case="send" (the code never reads that either).
const dialog = (
  dismiss: string,
  actions: string,
) => `<div data-test-modal-container="" data-test-modal-id="send-invite-modal">
  <div data-test-modal="" role="dialog" class="artdeco-modal send-invite">
    <button aria-label="${dismiss}" class="artdeco-button artdeco-button--circle artdeco-button--tertiary artdeco-modal__dismiss"></button>
    <div class="artdeco-modal__content"><textarea name="message" id="custom-message"></textarea><span>0/200</span></div>
    <div class="artdeco-modal__actionbar">${actions}</div></div></div>`;
const SEND_DIALOGS = {
  'Ember 2024-26, English': dialog(
    'Dismiss',
    `<button aria-label="Send invitation" data-case="send" class="artdeco-button artdeco-button--2 artdeco-button--primary ml1"><span class="artdeco-button__text">Send</span></button>`,
  ),
  'Ember 2024-26, Finnish, with a secondary button before Send': dialog(
    'Sulje',
    `<button class="artdeco-button artdeco-button--secondary mr1"><span class="artdeco-button__text">Peruuta</span></button>
     <button aria-label="Lähetä kutsu" data-case="send" class="artdeco-button artdeco-button--primary ml1"><span class="artdeco-button__text">Lähetä</span></button>`,
  ),
  'Ember 2024-26, Polish': dialog(
    'Odrzuć',
    `<button aria-label="Wyślij zaproszenie" data-case="send" class="artdeco-button artdeco-button--primary ml1"><span class="artdeco-button__text">Wyślij</span></button>`,
  ),
  'Ember 2017-18, no dialog role': `<div class="send-invite__content"><button class="button-secondary-large">Dodaj notatkę</button>
    <textarea name="message" maxlength="300" id="custom-message"></textarea>
    <button class="button-primary-large ml3" data-case="send">Wyślij zaproszenie</button></div>`,
  'a form dialog, Send before Cancel': `<form role="dialog"><textarea name="message" id="custom-message"></textarea>
    <button type="submit" data-case="send">Lähetä</button><button type="button">Peruuta</button></form>`,
  'hashed classes only, Send last in the footer': `<div role="dialog" class="a1b2c3"><button class="d4e5f6" aria-label="Sulje"></button>
    <textarea name="message" id="custom-message" class="g7h8"></textarea>
    <div class="i9j0"><button class="k1l2">Peruuta</button><button class="m3n4" data-case="send">Lähetä</button></div></div>`,
};

/** The path a click on this element takes, as event.composedPath() gives it (through open shadow roots). */
function pathOf(element: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
    path.push(node);
  return path;
}

describe('the Send button, found without words', () => {
  for (const [generation, html] of Object.entries(SEND_DIALOGS)) {
    it(`is the dialog’s primary action: ${generation}`, () => {
      const document = parseHtml(`<body>${html}</body>`, URL);
      expect(findSendButton(findNoteBox(document)!)).toBe(document.querySelector('[data-case="send"]'));
    });
  }

  it('is found in a dialog inside #interop-outlet’s open shadow root', () => {
    const document = parseHtml('<body><div id="interop-outlet"></div></body>', URL);
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = SEND_DIALOGS['Ember 2024-26, Finnish, with a secondary button before Send'];
    const send = shadow.querySelector('[data-case="send"]')!;
    expect(findSendButton(findNoteBox(document)!)).toBe(send);
    expect(pressesSend(pathOf(send.querySelector('span')!), findNoteBox(document)!)).toBe(true);
  });

  it('is pressed by a click on it or inside it, but not by Dismiss, another button, or while disabled', () => {
    const document = parseHtml(
      `<body>${SEND_DIALOGS['Ember 2024-26, Finnish, with a secondary button before Send']}</body>`,
      URL,
    );
    const box = findNoteBox(document)!;
    const send = document.querySelector<HTMLButtonElement>('[data-case="send"]')!;
    expect(pressesSend(pathOf(send), box)).toBe(true);
    expect(pressesSend(pathOf(send.querySelector('span')!), box)).toBe(true);
    expect(pressesSend(pathOf(document.querySelector('[aria-label="Sulje"]')!), box)).toBe(false);
    expect(pressesSend(pathOf(document.querySelector('.artdeco-button--secondary')!), box)).toBe(false);
    expect(pressesSend(pathOf(box), box)).toBe(false);
    send.disabled = true; // no note yet: LinkedIn enables Send on the first input
    expect(pressesSend(pathOf(send), box)).toBe(false);
  });
});

const saved = '../shared/linkedin-pages/connect-invite-modal_verbatim-excerpts_2017-2026.html';
describe.skipIf(!existsSync(saved))('on LinkedIn’s saved invitation markup', () => {
  const document = () => parseHtml(readFileSync(saved, 'utf8'), URL);
  it('finds the note box, and the one limit shown by maxlength', () => {
    expect(findNoteBox(document())?.id).toBe('custom-message');
    const limits = [...document().querySelectorAll<HTMLTextAreaElement>('textarea')].map(noteLimitShown);
    expect(limits.filter((limit) => limit === 300)).toHaveLength(1);
  });
  it('finds the Send button after each note box, never "Send without a note" before it', () => {
    const sends = [...document().querySelectorAll<HTMLTextAreaElement>('textarea')].map(findSendButton);
    expect(sends.map((send) => send?.getAttribute('aria-label') ?? send?.textContent?.trim())).toEqual([
      'Send invitation', // block D, 2024-25, disabled until the first input
      'Send invitation', // block E, 2017
    ]);
  });
});
