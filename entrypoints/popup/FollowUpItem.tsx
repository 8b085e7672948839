/** One person due in the popup: who, how they stand, and Done (with an optional note), Write or Snooze. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/describe-error';
import { dueClass, dueText, lateForRhythmText } from '@/components/due-text';
import type { Undoable } from '@/components/UndoBar';
import type { FollowUpUndo } from '@/utils/db/people/follow-ups';
import type { FollowUp } from '@/utils/followups';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { send } from '@/utils/messaging';
import { dayOf, longDate, noonOfDay, relativeDay } from '@/utils/time';

const SNOOZES = [
  { days: 1, label: 'snoozeDay' },
  { days: 7, label: 'snoozeWeek' },
  { days: 30, label: 'snoozeMonth' },
] as const;

/** What an action did: an error to show, or how to undo it. */
export type Outcome = { error: string } | { undoable: Undoable };

interface Props {
  item: FollowUp;
  now: number;
  /** After Done or Snooze; `undone` is called once their Undo has put the person back. */
  onChanged: (outcome: Outcome) => void;
  /** Opens a message to the person. */
  onWrite: (key: string) => void;
  undone: () => Promise<void>;
}

export function FollowUpItem({ item, now, onChanged, onWrite, undone }: Props) {
  const [note, setNote] = useState('');
  const locale = uiLocale();
  const name = item.name || item.key;
  const act = async (message: MessageKey, action: () => Promise<{ undo: FollowUpUndo }>) => {
    try {
      const { undo } = await action();
      const undoAction = async () => {
        await send('followup.undo', undo);
        await undone();
      };
      onChanged({ undoable: { message: t(message, name), undo: undoAction } });
    } catch (error) {
      onChanged({ error: describeError(error) });
    }
  };
  const done = () => act('followupDoneUndoable', () => send('followup.done', { key: item.key, note }));
  // Not due before the day `days` from today.
  const snooze = (days: number) =>
    act('followupSnoozedUndoable', () =>
      send('followup.snooze', { key: item.key, until: noonOfDay(dayOf(now) + days) }),
    );

  const lateness = lateForRhythmText(item.dueAt, item.cadenceDays, now);
  return (
    <li class="item" data-testid="followup-item" data-key={item.key}>
      <button type="button" class="name" onClick={() => void browser.tabs.create({ url: profileUrlOf(item.key) })}>
        {name}
      </button>
      {item.headline && <p class="headline">{item.headline}</p>}
      <p class="meta">
        <span class={dueClass(item.dueAt, now)} data-testid="due-status">
          {dueText(item.dueAt, now)}
        </span>
        {lateness && ` (${lateness})`}
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
        <button type="button" data-testid="followup-write" onClick={() => onWrite(item.key)}>
          {t('followupWrite')}
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
