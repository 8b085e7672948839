/** The popup: who is due today, most overdue first, with done and snooze in one click; the coming week below. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FollowUp } from '@/utils/followups';
import { t, uiLocale } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { send } from '@/utils/messaging';
import { dayOf, longDate, noonOfDay, relativeDay } from '@/utils/time';
import { describeError } from '@/components/describe-error';
import { dueText } from '@/components/due-text';

type Lists = { due: FollowUp[]; upcoming: FollowUp[] };

const SNOOZES = [
  { days: 1, label: 'snoozeDay' },
  { days: 7, label: 'snoozeWeek' },
  { days: 30, label: 'snoozeMonth' },
] as const;

/** Opens a page of the dashboard in a tab of its own. */
function openDashboard(section = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${section}`) });
}

function Item({ item, now, onChanged }: { item: FollowUp; now: number; onChanged: (error?: string) => void }) {
  const [note, setNote] = useState('');
  const locale = uiLocale();
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onChanged();
    } catch (error) {
      onChanged(describeError(error));
    }
  };
  const done = () => act(() => send('followup.done', { key: item.key, note }));
  const snooze = (days: number) => {
    // Not due before the day `days` from today.
    return act(() => send('followup.snooze', { key: item.key, until: noonOfDay(dayOf(now) + days) }));
  };
  return (
    <li class="item" data-testid="followup-item" data-key={item.key}>
      <button type="button" class="name" onClick={() => void browser.tabs.create({ url: profileUrlOf(item.key) })}>
        {item.name || item.key}
      </button>
      {item.headline && <p class="headline">{item.headline}</p>}
      <p class="meta">
        <span class="status">{dueText(item.dueAt, now)}</span>
        {' · '}
        {item.lastContactAt === null ? (
          t('lastContactNeverLong')
        ) : (
          <time title={longDate(item.lastContactAt, locale)}>
            {t('lastContactWhen', relativeDay(item.lastContactAt, now, locale))}
          </time>
        )}
      </p>
      <div class="actions">
        <input
          class="note"
          aria-label={t('doneNote')}
          placeholder={t('doneNote')}
          maxLength={500}
          value={note}
          onInput={(event) => setNote((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => event.key === 'Enter' && void done()}
        />
        <button type="button" class="primary" data-testid="followup-done" onClick={() => void done()}>
          {t('done')}
        </button>
        <select
          data-testid="followup-snooze"
          aria-label={t('snooze')}
          value=""
          onChange={(event) => {
            const days = Number((event.currentTarget as HTMLSelectElement).value);
            if (days) void snooze(days);
          }}
        >
          <option value="">{t('snooze')}</option>
          {SNOOZES.map(({ days, label }) => (
            <option key={days} value={days}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}

export function App() {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = Date.now();
  const locale = uiLocale();

  const load = async () => {
    try {
      setLists(await send('followups.list', {}));
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => {
    void load();
  }, []);
  const changed = (failure?: string) => {
    setError(failure ?? null);
    void load();
  };

  return (
    <main class="popup">
      <h1>{t('popupDueTitle')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {lists && lists.due.length === 0 && <p class="empty">{t('popupNoneDue')}</p>}
      {lists && lists.due.length > 0 && (
        <ol class="list">
          {lists.due.map((item) => (
            <Item key={item.key} item={item} now={now} onChanged={changed} />
          ))}
        </ol>
      )}
      {lists && lists.upcoming.length > 0 && (
        <section>
          <h2>{t('popupUpcomingTitle')}</h2>
          <ul class="upcoming">
            {lists.upcoming.map((item) => (
              <li key={item.key} data-testid="upcoming-item">
                <button
                  type="button"
                  class="name"
                  onClick={() => void browser.tabs.create({ url: profileUrlOf(item.key) })}
                >
                  {item.name || item.key}
                </button>{' '}
                <span class="meta">{relativeDay(item.dueAt, now, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lists && lists.due.length === 0 && lists.upcoming.length === 0 && <p class="hint">{t('popupHint')}</p>}
      <div class="links">
        <button type="button" class="link" data-testid="open-dashboard" onClick={() => openDashboard()}>
          {t('openDashboard')}
        </button>
        <button type="button" class="link" data-testid="open-settings" onClick={() => openDashboard('#settings')}>
          {t('dashboardSettings')}
        </button>
      </div>
    </main>
  );
}
