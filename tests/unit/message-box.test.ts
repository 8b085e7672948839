/** Which LinkedIn message box "Insert into LinkedIn" writes in: found by structure, whatever the UI language. */
import { describe, expect, it } from 'vitest';
import { conversationWith, findMessageBox, insertIntoMessageBox } from '@/entrypoints/content/message-box';
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

describe('inserting', () => {
  it('reads whom the conversation is with from its heading', () => {
    const page = loadPage('tests/fixtures/pages/messaging.html', URL);
    expect(conversationWith(findMessageBox(page)!)).toBe('Mikko Korhonen');
  });

  it('writes nothing into a conversation with someone else, whatever the accents or case', () => {
    const page = loadPage('tests/fixtures/pages/messaging.html', URL);
    expect(insertIntoMessageBox(page, 'Hi Liisa', 'Liisa Mäkelä')).toBe('someone-else');
    expect(findMessageBox(page)!.textContent).toBe('');
  });

  it('leaves text of the user’s own in the box, and the same text again is already there', () => {
    const page = loadPage('tests/fixtures/pages/messaging.html', URL);
    findMessageBox(page)!.innerHTML = '<p>Hei Mikko, pitkästä aikaa</p>';
    expect(insertIntoMessageBox(page, 'Hi MIKKO', 'mikko korhonen')).toBe('not-empty');
    expect(insertIntoMessageBox(page, 'Hei Mikko, pitkästä aikaa', 'Mikko Korhonen')).toBe('inserted');
    expect(findMessageBox(page)!.textContent).toBe('Hei Mikko, pitkästä aikaa');
  });

  it('says when no conversation is open', () => {
    expect(insertIntoMessageBox(loadPage('tests/fixtures/pages/feed.html', URL), 'Hi', 'Mikko Korhonen')).toBe(
      'no-box',
    );
  });
});
