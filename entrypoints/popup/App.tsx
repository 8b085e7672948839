/**
 * The popup: this week's focus first (a few people chosen for the week), then who is due today, most overdue
 * first, with done and snooze in one click (and undo for a few seconds), and Write for a message to each; the
 * coming week below; a first-run hint for someone with no contacts yet.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { UndoBar, type Undoable } from '@/components/UndoBar';
import type { FollowUp } from '@/utils/followups';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { FocusView } from '@/utils/db/focus-store';
import { DashboardLinks } from './DashboardLinks';
import { FocusList, WEEK_LOCALE } from './FocusList';
import { FollowUpComposer } from './FollowUpComposer';
import { FollowUpItem, type Outcome } from './FollowUpItem';
import { UpcomingList } from './UpcomingList';

/** What the popup shows: the week's focus, the follow-ups, and how many people are stored at all. */
type Lists = { focus: FocusView; due: FollowUp[]; upcoming: FollowUp[]; stored: number };

/** `inSidePanel`: shown in the side panel (entrypoints/sidepanel/), which does not offer to open itself. */
export function App({ inSidePanel = false }: { inSidePanel?: boolean }) {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [notice, setNotice] = useState('');
  /** The person a message is being written to, if any. */
  const [writing, setWriting] = useState<string | null>(null);
  const now = Date.now();

  const load = async () => {
    try {
      const [focus, followUps, stored] = await Promise.all([
        send('focus.week', { locale: WEEK_LOCALE }),
        send('followups.list', {}),
        send('people.count', {}),
      ]);
      setLists({ focus, ...followUps, stored });
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  useEffect(() => {
    void load();
  }, []);
  const changed = (outcome: Outcome) => {
    setError('error' in outcome ? outcome.error : null);
    setNotice('');
    if ('undoable' in outcome) setUndoable(outcome.undoable);
    void load();
  };

  if (writing) {
    return (
      <main class="popup">
        <FollowUpComposer
          contactKey={writing}
          now={now}
          onClose={() => setWriting(null)}
          onLogged={(name) => {
            setWriting(null);
            setNotice(t('followupLogged', name));
            void load();
          }}
        />
      </main>
    );
  }

  return (
    <main class="popup">
      {notice && (
        <p class="notice" role="status" data-testid="popup-notice">
          {notice}
        </p>
      )}
      <h1 class="visually-hidden">{t('extName')}</h1>
      {lists && lists.stored > 0 && (
        <FocusList focus={lists.focus} now={now} onChanged={changed} onWrite={setWriting} undone={load} />
      )}
      <h2 class="list-title">{t('popupDueTitle')}</h2>{' '}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {lists?.stored === 0 && <p class="hint">{t('popupHint')}</p>}
      {lists && lists.stored > 0 && lists.due.length === 0 && <p class="empty">{t('popupNoneDue')}</p>}
      {lists && lists.due.length > 0 && (
        <p class="meta" data-testid="due-order">
          {t('popupDueOrder')}
        </p>
      )}
      {lists && lists.due.length > 0 && (
        <ol class="list">
          {lists.due.map((item) => (
            <FollowUpItem key={item.key} item={item} now={now} onChanged={changed} onWrite={setWriting} undone={load} />
          ))}
        </ol>
      )}
      {undoable && <UndoBar undoable={undoable} onDone={() => setUndoable(null)} />}
      {lists && lists.upcoming.length > 0 && <UpcomingList items={lists.upcoming} now={now} />}
      <DashboardLinks offerSidePanel={!inSidePanel} />
    </main>
  );
}
