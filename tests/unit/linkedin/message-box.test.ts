// @vitest-environment happy-dom
/**
 * "Insert into LinkedIn": which message box it writes in (found by structure, whatever the UI language), and
 * when it writes nothing. It runs in the LinkedIn tab by itself, so here it runs against this file's document.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertFollowUp } from '@/utils/linkedin/message-box';

const page = (file: string) => {
  document.documentElement.innerHTML = readFileSync(`tests/fixtures/pages/${file}`, 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '');
};
const box = (label: string) =>
  `<form class="msg-form"><h2 class="msg-overlay-bubble-header__title">${label}</h2><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div></form>`;
const boxText = () => document.querySelector('.msg-form__contenteditable')!.textContent;

beforeEach(() => {
  document.documentElement.innerHTML = '';
});

describe('inserting a follow-up', () => {
  it('writes nothing into a conversation with someone else', () => {
    page('messaging.html');
    expect(insertFollowUp('Hi Liisa', 'Liisa Mäkelä')).toBe('someone-else');
    expect(boxText()).toBe('');
  });

  it('leaves text of the user’s own in the box, and the same text again is already there', () => {
    page('messaging.html');
    document.querySelector('.msg-form__contenteditable')!.innerHTML = '<p>Hei Mikko, pitkästä aikaa</p>';
    expect(insertFollowUp('Hi Mikko', 'mikko KORHONEN')).toBe('not-empty');
    expect(insertFollowUp('Hei Mikko, pitkästä aikaa', 'Mikko Korhonen')).toBe('inserted');
    expect(boxText()).toBe('Hei Mikko, pitkästä aikaa');
  });

  it('asks the conversation being typed in when several are open, else the newest', () => {
    document.body.innerHTML = box('Aino Virtanen') + box('Eeva Lahti');
    expect(insertFollowUp('Hi', 'Aino Virtanen')).toBe('someone-else');
    document.querySelector<HTMLElement>('.msg-form__contenteditable')!.focus();
    document.querySelector('.msg-form__contenteditable')!.innerHTML = '<p>Typing to Aino</p>';
    expect(insertFollowUp('Hi', 'Aino Virtanen')).toBe('not-empty');
  });

  it('says when no conversation is open, or its box cannot be typed in', () => {
    page('feed.html');
    expect(insertFollowUp('Hi', 'Mikko Korhonen')).toBe('no-box');
    document.body.innerHTML = box('Mikko Korhonen').replace('contenteditable="true"', 'contenteditable="false"');
    expect(insertFollowUp('Hi', 'Mikko Korhonen')).toBe('no-box');
  });
});
