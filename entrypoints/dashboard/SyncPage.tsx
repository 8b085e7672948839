/**
 * Sync with the user's own CouchDB (docs/ARCHITECTURE.md, "Sync"): off until they turn it on here with their
 * database's address, their login there and a passphrase (SyncForm); then how it goes, as it goes, in plain words
 * (SyncStatusView).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/describe-error';
import { readSyncStatus } from '@/utils/db/sync-state';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { serverOrigin } from '@/utils/sync/server-url';
import { db } from './database';
import { SyncForm } from './SyncForm';
import { SyncStatusView } from './SyncStatusView';
import { useLiveQuery } from './use-live-query';

export function SyncPage() {
  const status = useLiveQuery(() => readSyncStatus(db), []);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (status.state !== 'ready') return null;
  const current = status.value;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (failure) {
      setProblem(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  // Off, and the browser's permission for the server given back: the extension keeps no more than it uses.
  // (A permission the manifest itself holds, as the test build's, cannot be given back, and stays.)
  const disable = async () => {
    await send('sync.disable', {});
    if (current.url) await browser.permissions.remove({ origins: [serverOrigin(current.url)] }).catch(() => false);
  };

  return (
    <section aria-labelledby="sync-title" class="sync-page">
      <h2 id="sync-title">{t('dashboardSync')}</h2>
      <p>{t('syncIntro')}</p>
      <SyncStatusView status={current} onStop={() => void act(() => send('sync.stop', {}))} />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {current.enabled ? (
        <div class="row">
          <button
            type="button"
            class="primary"
            data-testid="sync-now"
            disabled={busy || current.running}
            onClick={() => void act(() => send('sync.now', {}))}
          >
            {t('syncNow')}
          </button>
          <button type="button" data-testid="sync-disable" disabled={busy} onClick={() => void act(disable)}>
            {t('syncDisable')}
          </button>
        </div>
      ) : (
        <SyncForm busy={busy} act={act} setProblem={setProblem} />
      )}
    </section>
  );
}
