/** Which LinkedIn message box "Insert into LinkedIn" writes in: found by structure, whatever the UI language. */
import { describe, expect, it } from 'vitest';
import { findMessageBox } from '@/entrypoints/content/message-box';
import { loadPage, parseHtml } from '../helpers/dom';

const URL = 'https://www.linkedin.com/messaging/thread/2-mikko/';
const box = (label: string) =>
  `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="${label}"><p><br></p></div></form>`;

describe('the message box', () => {
  it('is the conversation form’s textbox', () => {
    const page = loadPage('tests/fixtures/pages/messaging.html', URL);
    expect(findMessageBox(page)?.getAttribute('aria-label')).toBe('Write a message…');
  });

  it('is the one being typed in when several conversations are open, else the newest', () => {
    const page = parseHtml(`<body>${box('Kirjoita viesti…')}${box('Napisz wiadomość…')}</body>`, URL);
    expect(findMessageBox(page)?.getAttribute('aria-label')).toBe('Napisz wiadomość…');
    page.querySelector<HTMLElement>('[aria-label="Kirjoita viesti…"]')!.focus();
    expect(findMessageBox(page)?.getAttribute('aria-label')).toBe('Kirjoita viesti…');
  });

  it('is none on a page without a conversation, or with a box that cannot be typed in', () => {
    expect(findMessageBox(loadPage('tests/fixtures/pages/feed.html', URL))).toBeNull();
    const readOnly = parseHtml(box('x').replace('contenteditable="true"', 'contenteditable="false"'), URL);
    expect(findMessageBox(readOnly)).toBeNull();
  });
});
