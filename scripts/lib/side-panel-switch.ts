/**
 * sidePanelSwitchMs for `npm run bench`: with the side panel chosen, pushState on a LinkedIn tab (the content
 * swapped in at once) → the side panel showing the next person, loaded. The side panel's page is opened pinned
 * to the tab (`sidepanel.html?tab=<id>`), as automation cannot open the browser's side panel. Two pages, two
 * clocks: each time is read as performance.timeOrigin + performance.now(), the same wall clock for both.
 */
import type { Page } from 'playwright-core';
import { ask, fixtureBody, openExtensionPage, type Session } from '../../tests/e2e/harness';

interface Person {
  path: string;
  key: string;
  file: string;
}

type ChromeOnPage = { chrome: { tabs: { query(query: object): Promise<{ id: number }[]> } } };

/** Resolves with the wall-clock time the side panel shows `key`, loaded. */
const whenSidePanelShows = (sidePanel: Page, key: string) =>
  sidePanel.evaluate(
    (key) =>
      new Promise<number>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`Side panel did not show ${key}`)), 10_000);
        const look = () => {
          const root = document.querySelector('[data-testid=side-panel-frame]')?.shadowRoot;
          const panel = root?.querySelector<HTMLElement>('[data-testid=panel]');
          if (panel?.dataset.contactKey === key && panel.dataset.state === 'ready') {
            clearTimeout(timer);
            done(performance.timeOrigin + performance.now());
          } else {
            requestAnimationFrame(look);
          }
        };
        look();
      }),
    key,
  );

export async function measureSidePanelSwitch(
  session: Session,
  tab: Page,
  people: readonly Person[],
  runs: number,
): Promise<number[]> {
  await ask(session, 'settings.update', { patch: { panelPlace: 'side-panel' } });
  const asking = await openExtensionPage(session, 'popup.html');
  const url = tab.url();
  const [{ id }] = await asking.evaluate(
    (url) => (globalThis as unknown as ChromeOnPage).chrome.tabs.query({ url }),
    url,
  );
  await asking.close();
  const sidePanel = await openExtensionPage(session, `sidepanel.html?tab=${id}`);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const next = people[run % people.length]!;
      const shown = whenSidePanelShows(sidePanel, next.key);
      const pushedAt = await tab.evaluate(
        ({ path, body }) => {
          const start = performance.timeOrigin + performance.now();
          history.pushState({}, '', path);
          document.body.innerHTML = body;
          return start;
        },
        { path: next.path, body: fixtureBody(next.file) },
      );
      times.push((await shown) - pushedAt);
    }
  } finally {
    await sidePanel.close();
    await ask(session, 'settings.update', { patch: { panelPlace: 'in-page' } });
  }
  return times;
}
