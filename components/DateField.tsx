/**
 * A date field that saves only a whole, allowed day: a day chosen in the browser's calendar at once, a typed
 * one when the person moves on (Tab, Enter, or leaving the field). The keystrokes in between never save: the
 * browser reports a complete date after every digit of the year (0002, 0020, 0202, 2026). What the rules
 * refuse (utils/date-input.ts) stays in the field with a message beside it until the person types again, and
 * nothing is saved; clearing is its own button.
 */
import { useId } from 'preact/hooks';
import { dateInputOfDay, type DateBound } from '@/utils/date-input';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { dayOf, longDate, noonOfDay } from '@/utils/time';
import { useDateField, type Notice } from './use-date-field';

const MESSAGES: Record<Notice, MessageKey> = {
  incomplete: 'dateIncomplete',
  year: 'dateYear',
  future: 'dateFuture',
  past: 'datePast',
  'use-clear': 'dateUseClear',
};

interface Props {
  /** The saved day (utils/time.ts, dayOf); null for none. */
  day: number | null;
  bound: DateBound;
  /** Called with an allowed day that differs from `day`. */
  onCommit: (day: number) => void;
  /** Given: a Clear button, while there is a day. Not given: emptying the field puts the saved day back. */
  onClear?: () => void;
  /** Told whether the field holds something refused, for a form that must not save meanwhile. */
  onRefused?: (refused: boolean) => void;
  label: string;
  /** The field's data-testid; its Clear button and message get `-clear` and `-error` after it. */
  testId?: string;
}

export function DateField({ day, bound, onCommit, onClear, onRefused, label, testId }: Props) {
  const messageId = useId();
  const { input, notice, keyDown, changed, left, clear } = useDateField({ day, bound, onCommit, onClear, onRefused });

  const today = dateInputOfDay(dayOf(Date.now()));
  return (
    <div class="date-field">
      <div class="row">
        <input
          ref={input}
          type="date"
          data-testid={testId}
          aria-label={label}
          aria-invalid={notice !== null}
          aria-describedby={notice ? messageId : undefined}
          // The calendar offers only allowed days; typed ones are checked as they settle (use-date-field.ts).
          min={bound === 'not-past' ? today : undefined}
          max={bound === 'not-future' ? today : undefined}
          onKeyDown={keyDown}
          onChange={changed}
          onBlur={left}
        />
        {onClear && day !== null && (
          <button
            type="button"
            class="link"
            data-testid={testId && `${testId}-clear`}
            aria-label={t('dateClearLabel', label)}
            onClick={clear}
          >
            {t('dateClear')}
          </button>
        )}
      </div>
      <p id={messageId} class="error" aria-live="polite" data-testid={testId && `${testId}-error`}>
        {notice &&
          t(MESSAGES[notice.kind], notice.day === undefined ? '' : longDate(noonOfDay(notice.day), uiLocale()))}
      </p>
    </div>
  );
}
