/**
 * The popup: who is due today, most overdue first, with done and snooze in one click (and undo for a few
 * seconds); the coming week below; a first-run hint for someone with no contacts yet.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/describe-error';
import { UndoBar, type Undoable } from '@/components/UndoBar';
import type { FollowUp } from '@/utils/followups';
import { t, uiLocale } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { send } from '@/utils/messaging';
import { relativeDay } from '@/utils/time';
import { FollowUpItem, type Outcome } from './FollowUpItem';

/** What the popup shows: the follow-ups, and how many people are stored at all. */
type Lists = { due: FollowUp[]; upcoming: FollowUp[]; stored: number };

/** Opens a page of the dashboard in a tab of its own. */
function openDashboard(section = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${section}`) });
}

export function App() {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const now = Date.now();
  const locale = uiLocale();

  const load = async () => {
    try {
      const [followUps, stored] = await Promise.all([send('followups.list', {}), send('contacts.count', {})]);
      setLists({ ...followUps, stored });
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => {
    void load();
  }, []);
  const changed = (outcome: Outcome) => {
    setError('error' in outcome ? outcome.error : null);
    if ('undoable' in outcome) setUndoable(outcome.undoable);
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
      {lists?.stored === 0 && <p class="hint">{t('popupHint')}</p>}
      {lists && lists.stored > 0 && lists.due.length === 0 && <p class="empty">{t('popupNoneDue')}</p>}
      {lists && lists.due.length > 0 && (
        <ol class="list">
          {lists.due.map((item) => (
            <FollowUpItem key={item.key} item={item} now={now} onChanged={changed} undone={load} />
          ))}
        </ol>
      )}
      {undoable && <UndoBar undoable={undoable} onDone={() => setUndoable(null)} />}
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
