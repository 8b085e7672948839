import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNoteBox, inviteeOf, noteLimitShown } from '@/utils/linkedin/invite';
import { parseHtml } from '../helpers/dom';

const URL = 'https://www.linkedin.com/in/aino-virtanen-4b2a1c/';

// Trimmed from LinkedIn's markup (../shared/linkedin-pages, connect-invite-modal excerpts, blocks A, D, E).
const STAGE2 = `<div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite">
  <textarea name="message" rows="2" id="custom-message" minlength="1"></textarea><span>0/300</span>
  <button disabled aria-label="Send invitation">Send</button></div></div>`;
const LEGACY_2017 = `<textarea name="message" maxlength="300" id="custom-message" class="send-invite__custom-message"></textarea>`;
const EMBER_CONNECT = `<button aria-label="Invite Aino Virtanen to connect"><span class="artdeco-button__text">Connect</span></button>`;
const SDUI_CONNECT = `<a role="menuitem" href="/preload/custom-invite/?vanityName=liisa-makela" componentkey="ConnectButtonstate:invitation:urn:li:member:424242_connect">
  <div aria-label="Invite Liisa Mäkelä to connect"><p>Connect</p></div></a>`;

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

describe('whose Connect was pressed', () => {
  it('reads an Ember button, from the button or the span inside it', () => {
    const document = parseHtml(`<body>${EMBER_CONNECT}</body>`, URL);
    expect(inviteeOf(document.querySelector('span')!)).toEqual({ name: 'Aino Virtanen', slug: undefined });
  });

  it('reads an SDUI menu item, with the slug from its link', () => {
    const document = parseHtml(`<body>${SDUI_CONNECT}</body>`, URL);
    expect(inviteeOf(document.querySelector('p')!)).toEqual({ name: 'Liisa Mäkelä', slug: 'liisa-makela' });
  });

  it('ignores other buttons', () => {
    const document = parseHtml('<body><button aria-label="More actions">More</button></body>', URL);
    expect(inviteeOf(document.querySelector('button')!)).toBeNull();
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
  it('reads the SDUI Connect of the "More" menu', () => {
    const item = document().querySelector('a[href*="/preload/custom-invite/"] p')!;
    expect(inviteeOf(item)).toEqual({ name: 'Jeremy Harbour', slug: 'jeremyharbour' });
  });
});
