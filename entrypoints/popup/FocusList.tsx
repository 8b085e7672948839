/**
 * The week's focus at the head of the popup: the few people to get in touch with this week, each with why, and
 * done, skip, next week and Write. Marked people leave the list; the count of done stays in view.
 */
import { describeError } from '@/components/describe-error';
import { focusProgressText, mostLateFirst, reasonsLine } from '@/components/focus-reasons';
import type { Undoable } from '@/components/UndoBar';
import type { FocusView } from '@/utils/db/focus-store';
import { t, type MessageKey } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { send } from '@/utils/messaging';
import type { FocusState } from '@/utils/plan/focus';
import { browser } from 'wxt/browser';
import type { Outcome } from './FollowUpItem';

/** The locale whose weeks the focus keeps: the browser's, with its region (en-US weeks start on Sunday). */
export const WEEK_LOCALE = navigator.language;

const UNDOABLE: Record<Exclude<FocusState, 'open'>, MessageKey> = {
  done: 'focusDoneUndoable',
  skipped: 'focusSkippedUndoable',
  snoozed: 'focusSnoozedUndoable',
};

interface Props {
  focus: FocusView;
  now: number;
  onChanged: (outcome: Outcome) => void;
  onWrite: (key: string) => void;
  /** After an undo has put the person back. */
  undone: () => Promise<void>;
}

export function FocusList({ focus, now, onChanged, onWrite, undone }: Props) {
  const open = mostLateFirst(focus.items.filter((item) => item.state === 'open'));

  const mark = async (key: string, name: string, state: Exclude<FocusState, 'open'>) => {
    try {
      const { undo } = await send('focus.mark', { locale: WEEK_LOCALE, key, state });
      const undoAction = async () => {
        if (undo) await send('followup.undo', undo);
        await send('focus.mark', { locale: WEEK_LOCALE, key, state: 'open' });
        await undone();
      };
      onChanged({ undoable: { message: t(UNDOABLE[state], name), undo: undoAction } satisfies Undoable });
    } catch (error) {
      onChanged({ error: describeError(error) });
    }
  };

  return (
    <section class="focus" data-testid="focus" aria-labelledby="focus-title">
      <h2 id="focus-title">{t('focusTitle')}</h2>
      {focus.items.length === 0 && <p class="empty">{t('focusEmpty')}</p>}
      {focus.items.length > 0 && (
        <p class="meta" data-testid="focus-progress">
          {focusProgressText(focus.items.map((item) => item.state))}
        </p>
      )}
      <ol class="list">
        {open.map((item) => {
          const name = item.name || item.key;
          return (
            <li key={item.key} class="item" data-testid="focus-item" data-key={item.key}>
              <button
                type="button"
                class="name"
                onClick={() => void browser.tabs.create({ url: profileUrlOf(item.key) })}
              >
                {name}
              </button>
              <p class="meta" data-testid="focus-reasons">
                {reasonsLine(item.reasons, now)}
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  data-testid="focus-done"
                  onClick={() => void mark(item.key, name, 'done')}
                >
                  {t('focusDone')}
                </button>
                <button type="button" data-testid="followup-write" onClick={() => onWrite(item.key)}>
                  {t('followupWrite')}
                </button>
                <button type="button" data-testid="focus-snooze" onClick={() => void mark(item.key, name, 'snoozed')}>
                  {t('focusSnooze')}
                </button>
                <button type="button" data-testid="focus-skip" onClick={() => void mark(item.key, name, 'skipped')}>
                  {t('focusSkip')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
