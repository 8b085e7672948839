/** The panel as a person meets it: collapsible and remembered, LinkedIn's theme, the keyboard, Finnish. */
import { describe, expect, it } from 'vitest';
import { backupFile, backupPerson } from '../helpers/backup-files';
import { ask, countContacts, openExtensionPage, openPopup, openProfile, SCREENSHOTS } from './harness';
import { browserForFile } from './browser-for-file';

describe('in English', () => {
  const session = browserForFile();

  it('collapses to a small tab, remembers it across pages, and opens again', async () => {
    const panel = await openProfile(session().context, '/in/liisa-makela/');
    await panel.waitForPerson('liisa-makela');
    await panel.click('panel-collapse');
    await panel.waitFor('panel', ([root]) => root?.attributes['data-state'] === 'collapsed');
    expect((await panel.one('panel-expand'))?.text).toBe('Show notes on Liisa Mäkelä');

    const next = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await next.waitFor('panel', ([root]) => root?.attributes['data-state'] === 'collapsed');
    await next.click('panel-expand');
    await next.waitForPerson('aino-virtanen-4b2a1c');
    // The other tab follows.
    await panel.waitForPerson('liisa-makela');
    await panel.page.close();
    await next.page.close();
  });

  it('follows LinkedIn switching to its dark theme', async () => {
    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    expect((await panel.one('panel'))?.attributes['data-theme']).toBe('light');
    await panel.page.evaluate(() => document.documentElement.classList.replace('theme--mercado', 'theme--dark'));
    await panel.waitFor('panel', ([root]) => root?.attributes['data-theme'] === 'dark');
    await panel.page.close();

    // The 2026 app marks its theme on <body>, which does not exist yet when the content script starts.
    const sdui = await openProfile(session().context, '/in/liisa-makela/');
    await sdui.waitForPerson('liisa-makela');
    await sdui.page.evaluate(() => document.body.setAttribute('data-color-scheme', 'dark'));
    await sdui.waitFor('panel', ([root]) => root?.attributes['data-theme'] === 'dark');
    await sdui.page.close();
  });

  it('shows the note box and the two newest entries without scrolling in a laptop’s 900 px window', async () => {
    const panel = await openProfile(session().context, '/in/liisa-makela/');
    await panel.page.setViewportSize({ width: 1400, height: 900 });
    await panel.waitForPerson('liisa-makela');
    await panel.addNote('Asked about the Postgres meetup');
    await panel.addNote('Lunch at Hietalahti: she is hiring two data engineers');
    const inView = await panel.evaluate<boolean[]>(`
      const body = panelRoot().querySelector('.body');
      body.scrollTop = 0;
      const visible = body.getBoundingClientRect();
      const shown = (el) => el.getBoundingClientRect().bottom <= Math.min(visible.bottom, innerHeight);
      return [...all('note-input'), ...all('note-item')].map(shown);
    `);
    expect(inView).toEqual([true, true, true]);
    await panel.page.close();
  });

  it('is usable from the keyboard alone: tags, a logged help, the balance, collapsing', async () => {
    const panel = await openProfile(session().context, '/in/mikko-korhonen-77/');
    await panel.waitForPerson('mikko-korhonen-77');
    const keyboard = panel.page.keyboard;
    await panel.click('tag-input'); // the one click: into the panel
    await keyboard.type('former colleagues');
    await keyboard.press('Enter');
    await panel.waitFor('tag', (tags) => tags.length === 1);

    await keyboard.press('Tab'); // → the note
    await keyboard.type('Reviewed my CV before the interview');
    await keyboard.press('Tab'); // → the type
    await keyboard.press('End'); // the last type, invitation…
    await keyboard.press('ArrowUp'); // …and the one before: received help
    await keyboard.press('Shift+Tab');
    await keyboard.press('Control+Enter');
    await panel.waitFor('reciprocity', ([line]) => line?.attributes['data-received'] === '1');
    expect((await panel.one('reciprocity'))?.text).toBe('Give and take: you helped 0 times, they helped once');
    expect((await panel.all('note-item'))[0].text).toContain('Received help');

    // Collapse and expand with Enter; focus stays on the toggle.
    await panel.page.evaluate(() => window.scrollTo(0, 0));
    await panel.click('panel-collapse');
    await panel.waitFor('panel-expand', (buttons) => buttons.length === 1);
    await keyboard.press('Enter');
    await panel.waitForPerson('mikko-korhonen-77');
    await panel.page.close();
  });
});

describe('in Finnish', () => {
  const session = browserForFile(undefined, 'fi-FI');

  it('speaks Finnish, with Finnish dates', async (test) => {
    type WithI18n = { chrome: { i18n: { getUILanguage(): string } } };
    const language = await session().worker.evaluate(() =>
      (globalThis as unknown as WithI18n).chrome.i18n.getUILanguage(),
    );
    if (!language.startsWith('fi')) {
      console.warn(`Skipped: this Chromium has no Finnish UI (on Debian: apt-get install chromium-l10n).`);
      test.skip();
    }
    const panel = await openProfile(session().context, '/in/liisa-makela/');
    await panel.waitForPerson('liisa-makela');
    expect((await panel.one('contacted-today'))?.text).toBe('Yhteydessä tänään');
    expect((await panel.one('last-contact-relative'))?.text).toBe('Ei vielä');
    await panel.click('contacted-today');
    await panel.waitFor('last-contact-relative', ([when]) => when?.text === 'tänään');
    expect((await panel.one('last-contact-relative'))?.attributes.title).toMatch(/^\d{1,2}\. [a-zä]+kuuta \d{4}$/);
    await panel.page.close();
  });

  it('shows a contact row’s whole status, tags and the search hint in a 1024 px window', async () => {
    const daysAgo = (days: number) => Date.now() - days * 86_400_000;
    const people = [
      backupPerson('liisa-makela', daysAgo(400), {
        name: 'Liisa Mäkelä',
        headline: 'Backend developer · Rust, Postgres, distributed systems and everything around them',
        company: 'Kuura Systems',
        tags: ['asiakas', 'Tampereen verkosto'],
        contactedAt: daysAgo(150),
      }),
    ];
    const dashboard = await openExtensionPage(session(), 'dashboard.html#backup');
    await dashboard.getByTestId('import-input').setInputFiles({
      name: 'people.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupFile(people)),
    });
    await expect.poll(() => countContacts(session().worker)).toBe(1);
    await dashboard.setViewportSize({ width: 1024, height: 680 });
    await dashboard.goto(dashboard.url().replace('#backup', '#contacts'));
    const row = dashboard.getByTestId('contact-row');
    await expect.poll(() => row.count()).toBe(1);
    await dashboard.screenshot({ path: `${SCREENSHOTS}/contacts-fi-1024.png` });

    const cut = await dashboard.evaluate(() => {
      const search = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
      const hint = document.createElement('span');
      hint.style.font = getComputedStyle(search).font;
      hint.textContent = search.placeholder;
      document.body.append(hint);
      const hintCut = hint.offsetWidth > search.clientWidth - 20;
      hint.remove();
      const parts = [...document.querySelectorAll<HTMLElement>('.row-when > span, .tag-chip')];
      return [
        ...parts.filter((part) => part.scrollWidth > part.clientWidth).map((part) => part.textContent),
        ...parts
          .filter((part) => part.getBoundingClientRect().right > part.parentElement!.getBoundingClientRect().right + 1)
          .map((part) => part.textContent),
        ...(hintCut ? [search.placeholder] : []),
      ];
    });
    expect(cut).toEqual([]);
    // In a narrower window the status may still be cut: its whole text is its title.
    const status = row.locator('.row-when > span');
    for (const line of await status.all()) expect(await line.getAttribute('title')).toBe(await line.textContent());
    await dashboard.close();
  });

  it('keeps the popup tidy: a focus row’s buttons on one line, each link on one line within the popup', async () => {
    const now = Date.now();
    const person = { layout: 'voyager', key: 'mikko-korhonen', slug: 'mikko-korhonen', name: 'Mikko Korhonen' };
    await ask(session(), 'person.update', {
      person: { ...person, headline: '', company: '', location: '', photoUrl: '' },
      patch: { cadenceDays: 30, contactedAt: now - 100 * 86_400_000 },
    });
    const popup = await openPopup(session());
    await popup.setViewportSize({ width: 360, height: 700 });
    await expect.poll(() => popup.getByTestId('focus-item').count()).toBe(1);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-fi.png` });
    const rowTops = await popup
      .getByTestId('focus-item')
      .locator('.actions button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().top));
    expect(new Set(rowTops).size).toBe(1);
    const links = await popup.locator('.links button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        return {
          lines: Math.round(box.height / parseFloat(getComputedStyle(button).lineHeight)),
          inside: box.right <= innerWidth,
        };
      }),
    );
    expect(links).toEqual(links.map(() => ({ lines: 1, inside: true })));
    await popup.close();
  });

  it('lists the welcome’s steps on one line in a laptop’s window, and never leaves one alone on a line', async () => {
    const welcome = await openExtensionPage(session(), 'welcome.html');
    const linesOfSteps = async () => {
      const tops = await welcome
        .locator('.steps li')
        .evaluateAll((steps) => steps.map((step) => Math.round(step.getBoundingClientRect().top)));
      return [...new Set(tops)].map((top) => tops.filter((each) => each === top).length);
    };
    await expect.poll(() => welcome.locator('.steps li').count()).toBe(7);
    await welcome.screenshot({ path: `${SCREENSHOTS}/welcome-fi.png` });
    expect(await linesOfSteps()).toEqual([7]);
    await welcome.setViewportSize({ width: 560, height: 700 });
    expect(Math.min(...(await linesOfSteps()))).toBeGreaterThan(1);
    await welcome.close();
  });

  it('lists the Finnish templates before the English ones on the Templates page, as the composer does', async () => {
    const page = await openExtensionPage(session(), 'dashboard.html#templates');
    const rows = page.getByTestId('template-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const kind of ['invitation', 'follow-up']) {
      const languages = await page
        .locator(`[data-testid="template-row"][data-kind="${kind}"]`)
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.language));
      expect(languages).toEqual([...languages].sort((a, b) => Number(a !== 'fi') - Number(b !== 'fi')));
      expect(languages[0]).toBe('fi');
    }
    await page.close();
  });

  it('labels the invitation’s first-name box, and keeps the template choice inside its card', async () => {
    const panel = await openProfile(session().context, '/in/aino-virtanen-4b2a1c/');
    await panel.waitForPerson('aino-virtanen-4b2a1c');
    await panel.click('invite-open');
    await panel.waitFor('template-select', ([select]) => select?.text.includes('Entinen kollega') ?? false);
    await panel.choose('template-select', 'bundled-fi-colleague');
    await panel.page.screenshot({ path: `${SCREENSHOTS}/composer-fi.png` });
    const layout = await panel.evaluate<{ label: string | undefined; selectInside: boolean }>(`
      const card = all('invite-composer')[0];
      const inner = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight);
      const name = all('invite-first-name')[0];
      return {
        label: name?.labels[0]?.textContent,
        selectInside: all('template-select')[0].getBoundingClientRect().right <= inner + 0.5,
      };
    `);
    expect(layout).toEqual({ label: 'Etunimi', selectInside: true });
    await panel.page.close();
  });
});
