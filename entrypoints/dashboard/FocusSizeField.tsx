/**
 * How big the popup's weekly focus is: a number of people, or the minutes a week the user gives networking
 * (docs/ARCHITECTURE.md: "networking takes time: give it a budget"). Saved as the `focusSize` setting; the next week's
 * focus is chosen by it.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { minutesPerWeekOf, minutesWords } from '@/components/time-budget';
import { t, tPlural } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { focusSize, MAX_FOCUS_SIZE, type FocusSizing } from '@/utils/plan/focus';

/** What each way of sizing accepts (utils/model/schemas.ts FocusSizingSchema). */
const RANGE = { count: [1, MAX_FOCUS_SIZE], minutes: [5, 600] } as const;

const amountOf = (sizing: FocusSizing) => (sizing.kind === 'count' ? sizing.count : sizing.minutesPerWeek);

export function FocusSizeField({ sizing }: { sizing: FocusSizing }) {
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [min, max] = RANGE[sizing.kind];
  // The field is left alone as the person types (no `value` prop, which would keep the browser from telling a
  // change), and shows what is stored whenever that changes: saved here, or in another tab.
  useLayoutEffect(() => {
    if (input.current) input.current.value = String(amountOf(sizing));
  }, [sizing.kind, amountOf(sizing)]);

  const save = async (focusSize: FocusSizing) => {
    try {
      await send('settings.update', { patch: { focusSize } });
      setProblem(null);
    } catch (failure) {
      setProblem(describeError(failure));
    }
  };
  const commit = () => {
    const amount = Number(input.current!.value);
    if (!Number.isInteger(amount) || amount < min || amount > max)
      return setProblem(t('focusSizeInvalid', String(min), String(max)));
    void save(sizing.kind === 'count' ? { kind: 'count', count: amount } : { kind: 'minutes', minutesPerWeek: amount });
  };
  // Switching keeps the same week: as many people as the minutes allow, or the minutes those people take.
  const switchTo = (kind: string) =>
    void save(
      kind === 'count'
        ? { kind: 'count', count: focusSize(sizing) }
        : { kind: 'minutes', minutesPerWeek: minutesPerWeekOf(sizing) },
    );

  return (
    <section aria-labelledby="focus-size-title" id="focus-size">
      <h3 id="focus-size-title">{t('focusSizeTitle')}</h3>
      <p class="muted">{t('focusSizeIntro')}</p>
      <label class="setting">
        <span>{t('focusSizeBy')}</span>
        <select
          data-testid="settings-focus-size-kind"
          value={sizing.kind}
          onChange={(event) => switchTo((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="count">{t('focusSizeByCount')}</option>
          <option value="minutes">{t('focusSizeByMinutes')}</option>
        </select>
      </label>
      <label class="setting">
        <span>{sizing.kind === 'count' ? t('focusSizeCount') : t('focusSizeMinutes')}</span>
        <input
          type="number"
          data-testid="settings-focus-size"
          {...{ min, max }}
          ref={input}
          aria-invalid={problem !== null}
          aria-describedby={hintId}
          onChange={commit}
        />
      </label>
      <p id={hintId} class={problem ? 'error' : 'muted'} aria-live="polite">
        {problem ??
          (sizing.kind === 'count'
            ? t('focusSizeCountHint', minutesWords(minutesPerWeekOf(sizing)))
            : tPlural('focusSizeMinutesHint', focusSize(sizing)))}
      </p>
    </section>
  );
}
