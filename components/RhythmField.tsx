/**
 * A keep-in-touch rhythm: the usual choices in a select, and "Other…" for any number of days. What is typed
 * there is saved only when it is a whole number from 1 to 3650; anything else is refused with a message.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_RHYTHM_DAYS, parseRhythmDays } from '@/utils/rhythm-days';
import { t, type MessageKey } from '@/utils/i18n';
import { RhythmOptions } from './rhythm';
import { useFocusWhen } from './use-focus';

interface Props {
  /** The select's data-testid, kept from before this component (`rhythm-select`, `tag-rhythm`…). */
  testId: string;
  /** The select's accessible name. */
  label: string;
  /** What the select's empty choice says: no reminders, or follow the default. */
  emptyLabel: MessageKey;
  /** The rhythm shown, in days; null or undefined for the empty choice. */
  days: number | null | undefined;
  /** Saves a rhythm in days, or null for the empty choice. */
  onSave: (days: number | null) => Promise<unknown>;
}

export function RhythmField({ testId, label, emptyLabel, days, onSave }: Props) {
  const [customOpen, setCustomOpen] = useState(false);
  const [refused, setRefused] = useState(false);
  const errorId = useId();
  const customBox = useFocusWhen<HTMLInputElement>(customOpen);

  const close = () => {
    setCustomOpen(false);
    setRefused(false);
  };
  // An empty box is someone still deciding; garbage the browser could not read as a number is refused.
  const saveTyped = (input: HTMLInputElement) => {
    if (input.value.trim() === '' && !input.validity.badInput) return;
    const typed = parseRhythmDays(input.value);
    setRefused(typed === null);
    if (typed !== null) void onSave(typed).then(close);
  };

  return (
    <div class="cadence-field row">
      <select
        data-testid={testId}
        aria-label={label}
        value={days == null ? '' : String(days)}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          void onSave(value === '' ? null : Number(value));
        }}
      >
        <RhythmOptions emptyLabel={emptyLabel} current={days} />
      </select>
      {customOpen ? (
        <span class="cadence-custom">
          <input
            type="number"
            data-testid="cadence-custom"
            min={1}
            max={MAX_RHYTHM_DAYS}
            step={1}
            ref={customBox}
            aria-label={t('cadenceCustom')}
            aria-invalid={refused}
            aria-describedby={refused ? errorId : undefined}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveTyped(event.currentTarget);
              else if (event.key === 'Escape') close();
            }}
            onBlur={(event) => saveTyped(event.currentTarget)}
          />{' '}
          <span>{t('cadenceDaysUnit')}</span>
        </span>
      ) : (
        <button type="button" class="link" data-testid="cadence-other" onClick={() => setCustomOpen(true)}>
          {t('cadenceOther')}
        </button>
      )}
      {refused && (
        <p class="error" role="alert" id={errorId} data-testid="cadence-error">
          {t('cadenceInvalid')}
        </p>
      )}
    </div>
  );
}
