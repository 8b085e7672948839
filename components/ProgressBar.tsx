/**
 * Long work shown as it goes: what is being done, in words with its counts, a bar, and (where stopping loses
 * nothing) a way to stop it. A bar without a total is indeterminate: the browser animates it.
 */
export function ProgressBar({
  label,
  done,
  total,
  onCancel,
  cancelLabel,
  testId,
}: {
  label: string;
  done?: number;
  total?: number;
  onCancel?: () => void;
  cancelLabel?: string;
  testId: string;
}) {
  return (
    <div class="progress row" role="status" data-testid={testId}>
      <progress max={total || undefined} value={total ? done : undefined} aria-label={label} />
      <span>{label}</span>
      {onCancel && (
        <button type="button" data-testid={`${testId}-cancel`} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
