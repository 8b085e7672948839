/**
 * A date field that saves only a whole, allowed day: a day chosen in the browser's calendar at once, a typed
 * one when the person moves on (Tab, Enter, or leaving the field). The keystrokes in between never save: the
 * browser reports a complete date after every digit of the year (0002, 0020, 0202, 2026). What the rules
 * refuse (utils/date-input.ts) stays in the field with a message beside it until the person types again, and
 * nothing is saved; clearing is its own button.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateInputOfDay, readDateField, type DateBound, type DateProblem } from '@/utils/date-input';
import { t, uiLocale, type MessageKey } from '@/utils/i18n';
import { dayOf, longDate, noonOfDay } from '@/utils/time';

/** Emptying the field does not clear the date: it says so, and points to the Clear button. */
type Notice = DateProblem | 'use-clear';

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
  const input = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const [notice, setNotice] = useState<{ kind: Notice; day?: number } | null>(null);
  // A key was pressed since the field last settled: the browser's change events are then keystrokes.
  const typing = useRef(false);
  const saved = day === null ? '' : dateInputOfDay(day);

  /** Shows a notice (or none), and tells a form whether the field now holds something refused. */
  const tell = (next: { kind: Notice; day?: number } | null) => {
    setNotice(next);
    onRefused?.(next !== null && next.kind !== 'use-clear');
  };

  // The field is left alone as the person types (no `value` prop), and shows the saved day when that changes:
  // saved here, or in another tab.
  useLayoutEffect(() => {
    if (input.current) input.current.value = saved;
    tell(null);
  }, [saved]);

  /**
   * Saves what the field holds when it may be saved. `quietly` (on Tab, which may only move to the next part):
   * anything else waits, unsaid, until the person leaves the field.
   */
  const settle = (quietly: boolean) => {
    const field = input.current!;
    const reading = readDateField(field.value, field.validity.badInput, bound, Date.now());
    if (quietly && reading.kind !== 'day') return;
    typing.current = false;
    if (reading.kind === 'day') {
      tell(null);
      if (reading.day !== day) onCommit(reading.day);
    } else if (reading.kind === 'refused') {
      tell({ kind: reading.problem, day: reading.day });
    } else if (onClear && day !== null) {
      tell({ kind: 'use-clear' });
    } else {
      field.value = saved; // without a Clear button, an emptied field means the day it had
      tell(null);
    }
  };

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
          // The calendar offers only allowed days; typed ones are checked in settle().
          min={bound === 'not-past' ? today : undefined}
          max={bound === 'not-future' ? today : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault(); // in a form, Enter saves the date, not the form
              settle(false);
            } else if (event.key === 'Tab') {
              // Tab walks the field's parts and its calendar button before it leaves, so a whole date is saved
              // now (should the person go on to change another part, leaving saves that too).
              settle(true);
            } else {
              typing.current = true;
              // The person is mending what was refused: its message goes now, while typing, and not as they
              // leave the field. Gone on leaving, it would move what is below it as the mouse goes down on a
              // button there, and the click would be lost. The form stays told until the field settles.
              setNotice(null);
            }
          }}
          onChange={() => {
            if (!typing.current) settle(false);
          }}
          onBlur={() => settle(false)}
        />
        {onClear && day !== null && (
          <button
            type="button"
            class="link"
            data-testid={testId && `${testId}-clear`}
            aria-label={t('dateClearLabel', label)}
            onClick={() => {
              tell(null);
              onClear();
            }}
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
