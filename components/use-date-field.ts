/**
 * What a DateField does with what is typed: saves a whole, allowed day when the person moves on (Tab, Enter,
 * leaving the field) or picks one in the calendar, never on the keystrokes in between, and otherwise says why
 * not (a notice) until the person types again.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateInputOfDay, readDateField, type DateBound, type DateProblem } from '@/utils/date-input';

/** Emptying the field does not clear the date: it says so, and points to the Clear button. */
export type Notice = DateProblem | 'use-clear';

interface Options {
  day: number | null;
  bound: DateBound;
  onCommit: (day: number) => void;
  onClear?: () => void;
  onRefused?: (refused: boolean) => void;
}

export function useDateField({ day, bound, onCommit, onClear, onRefused }: Options) {
  const input = useRef<HTMLInputElement>(null);
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
    if (!typing.current) settle(false);
  };
  const clear = () => {
    tell(null);
    onClear?.();
  };

  return { input, notice, keyDown, changed, left: () => settle(false), clear };
}
