/**
 * "Same person?", asked here rather than on LinkedIn's page: a profile showed an id that someone the user saved
 * holds (components/panel/ClaimedIdsNotice.tsx), and only the user, on a page LinkedIn cannot script, may say that
 * they are one person. Merging can be undone from the undo bar, as every merge can.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '@/components/describe-error';
import { QuestionCard } from '@/components/panel/QuestionCard';
import type { Undoable } from '@/components/UndoBar';
import { t } from '@/utils/i18n';
import { profileUrlOf } from '@/utils/linkedin/urls';
import { MessageError, send } from '@/utils/messaging';
import type { Comparison } from '@/utils/messages';

interface Props {
  token: string;
  onUndoable: (undoable: Undoable) => void;
}

type State =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'failed'; message: string }
  | { kind: 'open'; comparison: Comparison };

export function ComparePage({ token, onUndoable }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Those the user said are someone else: each card goes on its own (on this page; the panel asks again).
  const [apart, setApart] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      setState({ kind: 'open', comparison: await send('compare.show', { token }) });
    } catch (failure) {
      const gone = failure instanceof MessageError && failure.code === 'not-found';
      setState(gone ? { kind: 'gone' } : { kind: 'failed', message: describeError(failure) });
    }
  };
  useEffect(() => void load(), [token]);

  if (state.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.kind === 'gone') return <p role="status">{t('compareGone')}</p>;
  if (state.kind === 'failed')
    return (
      <p class="error" role="alert">
        {state.message}
      </p>
    );

  const { page, claims } = state.comparison;
  const others = claims.others.filter((other) => !apart.has(other.key));
  if (claims.others.length > 0 && others.length === 0) return <p role="status">{t('compareLeftApart')}</p>;
  const joinWith = async (other: { key: string; name: string }) => {
    try {
      const { undoToken, summary } = await send('compare.join', { token, other: other.key });
      setError(null);
      onUndoable({
        message: t('sameAsJoined', other.name || other.key),
        undo: async () => {
          await send('person.separate', { undoToken });
          await load();
        },
      });
      location.hash = `#contact/${encodeURIComponent(summary?.key ?? page.key)}`;
    } catch (failure) {
      // Someone was deleted or joined in another tab meanwhile: show the comparison as it is now.
      if (failure instanceof MessageError && failure.code === 'not-found') await load();
      else setError(describeError(failure));
    }
  };

  return (
    <section class="compare" aria-labelledby="compare-title" data-testid="compare-page">
      <h2 id="compare-title">{t('compareTitle')}</h2>
      <p>{t('compareWhy', profileUrlOf(page.key))}</p>
      <h3>{t('compareOnLinkedIn')}</h3>
      <p data-testid="compare-page-person">
        <strong>{page.name || page.key}</strong>
        {page.headline && <span class="muted"> · {page.headline}</span>}
        <br />
        <span class="muted">{claims.person ? t('compareSaved') : t('compareNotSaved')}</span>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {claims.others.length === 0 && <p role="status">{t('compareNoOne')}</p>}
      {others.map((other) => (
        <QuestionCard
          key={other.key}
          testId="same-person"
          question={t('sameAsQuestion', other.name || other.key)}
          detail={other.headline}
        >
          <p>
            <a href={`#contact/${encodeURIComponent(other.key)}`}>{t('compareOpenSaved')}</a>
          </p>
          <button type="button" data-testid="same-person-merge" onClick={() => void joinWith(other)}>
            {t('sameAsMerge')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            data-testid="compare-apart"
            onClick={() => setApart(new Set([...apart, other.key]))}
          >
            {t('compareApart')}
          </button>
        </QuestionCard>
      ))}
    </section>
  );
}
