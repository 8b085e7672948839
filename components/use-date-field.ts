/**
 * What a DateField does with what is typed: saves a whole, allowed day when the person moves on (Tab, Enter,
 * leaving the field) or picks one in the calendar, never on the keystrokes in between, and otherwise says why
 * not (a notice) until the person types again. It also tells which day the field holds at each keystroke, for
 * the field to say it in words.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateInputOfDay, readDateField, type DateBound, type DateProblem } from '@/utils/date-input';
import { readsBothWays } from '@/utils/date-order';

/**
 * Emptying the field does not clear the date: it says so, and points to the Clear button. A typed day that reads
 * both ways, in a field whose order is not the person's, waits for them to confirm it.
 */
export type Notice = DateProblem | 'use-clear' | 'confirm';

interface Options {
  day: number | null;
  bound: DateBound;
  onCommit: (day: number) => void;
  onClear?: () => void;
  onRefused?: (refused: boolean) => void;
  /** The field takes another order than the person writes (utils/date-order.ts): a typed day is confirmed first. */
  confirmTyped: boolean;
}

export function useDateField({ day, bound, onCommit, onClear, onRefused, confirmTyped }: Options) {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: Notice; day?: number } | null>(null);
  // The whole day the field holds now, saved or not (null while it holds none, or a part of one).
  const [held, setHeld] = useState<number | null>(day);
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
    setHeld(day);
    tell(null);
  }, [saved]);

  const read = () => {
    const field = input.current!;
    return readDateField(field.value, field.validity.badInput, bound, Date.now());
  };

  /**
   * Saves what the field holds when it may be saved. `quietly` (on Tab, which may only move to the next part):
   * anything else waits, unsaid, until the person leaves the field.
   */
  const settle = (quietly: boolean) => {
    const reading = read();
    if (quietly && reading.kind !== 'day') return;
    if (reading.kind === 'day' && reading.day !== day && typing.current && confirmTyped && readsBothWays(reading.day)) {
      // Asked however the field is left, until confirmed or typed again; the form waits meanwhile.
      tell({ kind: 'confirm', day: reading.day });
      return;
    }
    typing.current = false;
    if (reading.kind === 'day') {
      tell(null);
      if (reading.day !== day) onCommit(reading.day);
    } else if (reading.kind === 'refused') {
      tell({ kind: reading.problem, day: reading.day });
    } else if (onClear && day !== null) {
      tell({ kind: 'use-clear' });
    } else {
      input.current!.value = saved; // without a Clear button, an emptied field means the day it had
      setHeld(day);
      tell(null);
    }
  };

  const keyDown = (event: KeyboardEvent) => {
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
  };
  const changed = () => {
    const reading = read();
    setHeld('day' in reading ? (reading.day ?? null) : null); // a refused day is held too, and said
    if (!typing.current) settle(false);
  };
  // Both buttons go as they are pressed: the keyboard stays in the field, not at the top of the page.
  const clear = () => {
    tell(null);
    onClear?.();
    input.current?.focus();
  };
  const confirm = () => {
    const confirmed = notice?.day;
    typing.current = false; // settled: leaving the field now asks nothing more
    tell(null);
    if (confirmed !== undefined) onCommit(confirmed);
    input.current?.focus();
  };

  return { input, notice, held, keyDown, changed, left: () => settle(false), clear, confirm };
}
