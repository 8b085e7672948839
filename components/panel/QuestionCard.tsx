/**
 * A question about who someone is ("Same person as X?"), why it is asked, and what the user may answer: the one
 * look of the panel's same-person notices and of the dashboard's comparison.
 */
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

interface Props {
  testId: string;
  question: string;
  /** Shown after the question, muted: the other person's headline. */
  detail?: string;
  why?: string;
  /** The answers: buttons, and links. */
  children: ComponentChildren;
}

export function QuestionCard({ testId, question, detail, why, children }: Props) {
  return (
    <div class="notice same-as" role="group" aria-label={t('sameAsTitle')} data-testid={testId}>
      <p>
        <strong>{question}</strong>
        {detail && <span class="muted"> · {detail}</span>}
      </p>
      {why && <p>{why}</p>}
      {children}
    </div>
  );
}
