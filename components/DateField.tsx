/**
 * A date field that saves only a whole, allowed day: a day chosen in the browser's calendar at once, a typed
 * one when the person moves on (Tab, Enter, or leaving the field). The keystrokes in between never save: the
 * browser reports a complete date after every digit of the year (0002, 0020, 0202, 2026). What the rules
 * refuse (utils/date-input.ts) stays in the field with a message beside it until the person types again, and
 * nothing is saved; clearing is its own button.
 *
 * The browser lays the field out in its own language's order, which may not be the extension's: an en-US browser
 * takes "7.12.2026" from a Finn as 12 July. When the orders differ, the field says which it reads, and the day it
 * holds in words, before anything is saved (utils/date-order.ts). When they agree it says neither: the field
 * itself then reads as the person writes.
 */
import { useId, useMemo } from 'preact/hooks';
import { dateInputOfDay, type DateBound } from '@/utils/date-input';
import { misleadingFieldOrder, type DatePart } from '@/utils/date-order';
import { browserLocale, t, uiLocale, type MessageKey } from '@/utils/i18n';
import { dayOf, fullDate, longDate, noonOfDay } from '@/utils/time';
import { useDateField, type Notice } from './use-date-field';

const MESSAGES: Record<Notice, MessageKey> = {
  incomplete: 'dateIncomplete',
  year: 'dateYear',
  future: 'dateFuture',
  past: 'datePast',
  'use-clear': 'dateUseClear',
  confirm: 'dateConfirmTyped',
};

const PART_WORDS: Record<DatePart, MessageKey> = { day: 'datePartDay', month: 'datePartMonth', year: 'datePartYear' };

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
  /**
   * The field's data-testid; its Clear button and message get `-clear` and `-error` after it, the order it reads
   * and the day in words `-order` and `-in-words`, the button that confirms a typed day `-confirm`.
   */
  testId?: string;
}

export function DateField({ day, bound, onCommit, onClear, onRefused, label, testId }: Props) {
  const messageId = useId();
  const orderId = useId();
  const inWordsId = useId();
  const locale = uiLocale();
  const fieldOrder = useMemo(() => misleadingFieldOrder(browserLocale(), locale), [locale]);
  const { input, notice, held, keyDown, changed, left, clear, confirm } = useDateField({
    day,
    bound,
    onCommit,
    onClear,
    onRefused,
    confirmTyped: fieldOrder !== null,
  });
  const inWords = fieldOrder !== null && held !== null;
  const describedBy = [fieldOrder && orderId, inWords && inWordsId, notice && messageId].filter(Boolean).join(' ');

  const today = dateInputOfDay(dayOf(Date.now()));
  return (
    // While it asks about a typed day, it keeps saying its order: shown as the mouse goes down on the answer, the
    // order would push the answer away from under it.
    <div class={notice?.kind === 'confirm' ? 'date-field asking' : 'date-field'}>
      <div class="row">
        <input
          ref={input}
          type="date"
          data-testid={testId}
          aria-label={label}
          aria-invalid={notice !== null}
          aria-describedby={describedBy || undefined}
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
      {fieldOrder && (
        <p id={orderId} class="hint date-order" data-testid={testId && `${testId}-order`}>
          {t('dateFieldOrder', fieldOrder.map((part) => t(PART_WORDS[part])).join('/'))}
        </p>
      )}
      {inWords && (
        <p id={inWordsId} class="hint" data-testid={testId && `${testId}-in-words`}>
          {fullDate(noonOfDay(held), locale)}
        </p>
      )}
      <p id={messageId} class="error" aria-live="polite" data-testid={testId && `${testId}-error`}>
        {notice && t(MESSAGES[notice.kind], notice.day === undefined ? '' : longDate(noonOfDay(notice.day), locale))}
        {notice?.kind === 'confirm' && (
          <>
            {' '}
            <button
              type="button"
              class="link"
              data-testid={testId && `${testId}-confirm`}
              // Pressed with the mouse, the field is left first: that asks again, and must not move the button.
              onClick={confirm}
            >
              {t('dateConfirmYes')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
