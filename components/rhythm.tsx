/** A keep-in-touch rhythm in words ("every month", "every 45 days"), and the choices of it in a select. */
import { RHYTHM_CHOICES } from '@/utils/followups';
import { t, tPlural, type MessageKey } from '@/utils/i18n';

const NAMED: Record<number, MessageKey> = {
  7: 'cadence_7',
  14: 'cadence_14',
  30: 'cadence_30',
  60: 'cadence_60',
  90: 'cadence_90',
  180: 'cadence_180',
  365: 'cadence_365',
};

export function rhythmLabel(days: number): string {
  const named = NAMED[days];
  return named ? t(named) : tPlural('cadenceEveryDays', days);
}

/**
 * The `<option>`s of a rhythm select: values are day counts, "" first for `emptyLabel`; `current` is added
 * when it is none of the usual choices.
 */
export function RhythmOptions({ emptyLabel, current }: { emptyLabel: MessageKey; current?: number | null }) {
  const choices: number[] = [...RHYTHM_CHOICES];
  if (current != null && !choices.includes(current)) choices.push(current);
  return (
    <>
      <option value="">{t(emptyLabel)}</option>
      {choices.map((days) => (
        <option key={days} value={days}>
          {rhythmLabel(days)}
        </option>
      ))}
    </>
  );
}
