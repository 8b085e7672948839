/**
 * Sync with the user's own CouchDB (DESIGN.md, "Sync"): off until they turn it on here with their database's
 * address, their login there and a passphrase; then how it goes, as it goes, in plain words.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/components/describe-error';
import { ProgressBar } from '@/components/ProgressBar';
import { readSyncStatus, type SyncStatus } from '@/utils/db/sync-state';
import { t, tPlural, uiLocale } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { MIN_PASSPHRASE } from '@/utils/sync/crypto';
import { WEB_PAGE } from '@/utils/sync/errors';
import type { SyncProgress } from '@/utils/sync/run';
import { parseServerUrl, serverOrigin } from '@/utils/sync/server-url';
import { shortDateTime } from '@/utils/time';
import { db } from './database';
import { useLiveQuery } from './use-live-query';

function describeProblem({ code, detail }: NonNullable<SyncStatus['error']>, url: string, enabled: boolean): string {
  switch (code) {
    case 'wrong-password':
      return t('syncErrorWrongPassword');
    case 'unreachable':
      // Only sync that is on tries again by itself.
      return enabled ? `${t('syncErrorUnreachable')} ${t('syncRetriesLater')}` : t('syncErrorUnreachable');
    case 'not-couchdb': {
      // A Wi-Fi login page goes away once the user logs in: sync that is on tries again by itself.
      const words = detail.startsWith(WEB_PAGE) ? t('syncErrorWebPage') : t('syncErrorNotCouchDb');
      return enabled ? `${words} ${t('syncRetriesLater')}` : words;
    }
    case 'no-database':
      return t('syncErrorNoDatabase');
    case 'wrong-passphrase':
      return t('syncErrorWrongPassphrase');
    case 'newer-format':
      return t('syncErrorNewerFormat');
    case 'meta-missing':
      return t('syncErrorMetaMissing');
    case 'server':
      return t('syncErrorServer', detail);
    case 'no-permission':
      return t('syncErrorPermission', new URL(url).host);
    case 'storage-full':
      return t('errorStorageFull');
    case 'failed':
      return t('errorFailed', detail);
    case 'cancelled':
      return t('syncStopped');
  }
}

function describeProgress(progress: SyncProgress | null): string {
  if (!progress) return t('syncStarting');
  const numbers = new Intl.NumberFormat(uiLocale());
  const count =
    progress.total === undefined
      ? numbers.format(progress.done)
      : t('countOf', numbers.format(progress.done), numbers.format(progress.total));
  const words = { sending: 'syncSending', pushing: 'syncPushing', pulling: 'syncPulling', receiving: 'syncReceiving' };
  return t(words[progress.phase] as 'syncSending', count);
}

/** Plain http to anywhere but this computer: the login would travel in the clear. */
function isPlainHttp(url: URL | null): boolean {
  return url?.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function SyncPage() {
  const status = useLiveQuery(() => readSyncStatus(db), []);
  const [form, setForm] = useState({ url: '', username: '', password: '', passphrase: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (status.state !== 'ready') return null;
  const current = status.value;

  const field = (name: keyof typeof form) => ({
    value: form[name],
    onInput: (event: Event) => setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

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

  const enable = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    const url = parseServerUrl(form.url);
    if (!url) return setProblem(t('syncBadUrl'));
    if (!form.username.trim()) return setProblem(t('syncNoUsername'));
    if (form.passphrase.length < MIN_PASSPHRASE) return setProblem(t('syncShortPassphrase', String(MIN_PASSPHRASE)));
    // Asked at once, while the click still counts as the user's: the browser shows its own prompt.
    const granted = browser.permissions.request({ origins: [serverOrigin(url.href)] });
    void act(async () => {
      if (!(await granted)) return setProblem(t('syncErrorPermission', url.host));
      await send('sync.enable', { ...form, url: url.href });
      setForm({ ...form, password: '', passphrase: '' });
    });
  };

  // Off, and the browser's permission for the server given back: the extension keeps no more than it uses.
  // (A permission the manifest itself holds, as the test build's, cannot be given back, and stays.)
  const disable = async () => {
    await send('sync.disable', {});
    if (current.url) await browser.permissions.remove({ origins: [serverOrigin(current.url)] }).catch(() => false);
  };

  const locale = uiLocale();
  const numbers = new Intl.NumberFormat(locale);
  const typedUrl = parseServerUrl(form.url);

  return (
    <section aria-labelledby="sync-title" class="sync-page">
      <h2 id="sync-title">{t('dashboardSync')}</h2>
      <p>{t('syncIntro')}</p>
      <div data-testid="sync-status" role="status" class="sync-status">
        {!current.enabled && <p>{t('syncOff')}</p>}
        {current.enabled && (
          <>
            <p>{t('syncOnWith', current.url, current.username)}</p>
            {current.running ? (
              <ProgressBar
                testId="sync-progress"
                label={describeProgress(current.progress)}
                done={current.progress?.done}
                total={current.progress?.total}
                onCancel={() => void act(() => send('sync.stop', {}))}
                cancelLabel={t('syncStop')}
              />
            ) : (
              <p>
                {current.last && current.lastSyncAt !== null
                  ? current.last.sent + current.last.received === 0
                    ? t('syncLastNothingNew', shortDateTime(current.lastSyncAt, locale))
                    : t(
                        'syncLast',
                        shortDateTime(current.lastSyncAt, locale),
                        numbers.format(current.last.sent),
                        numbers.format(current.last.received),
                      )
                  : t('syncNever')}
              </p>
            )}
          </>
        )}
        {current.enabled && current.setAside > 0 && (
          <p class="warning" data-testid="sync-set-aside">
            {tPlural('syncSetAside', current.setAside)}
          </p>
        )}
        {current.error?.code === 'cancelled' && <p class="muted">{t('syncStopped')}</p>}
        {current.error && current.error.code !== 'cancelled' && (
          <p class="error" role="alert" data-testid="sync-error">
            {describeProblem(current.error, current.url, current.enabled)}
          </p>
        )}
      </div>
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
        // Checked by the page itself (noValidate), so that every message is in the extension's language.
        <form class="sync-form" onSubmit={enable} noValidate>
          <label class="setting">
            <span>{t('syncUrl')}</span>
            <input type="url" data-testid="sync-url" placeholder={t('syncUrlHint')} required {...field('url')} />
          </label>
          {isPlainHttp(typedUrl) && <p class="warning">{t('syncHttpWarning')}</p>}
          <label class="setting">
            <span>{t('syncUsername')}</span>
            <input type="text" data-testid="sync-username" autocomplete="username" required {...field('username')} />
          </label>
          <label class="setting">
            <span>{t('syncPassword')}</span>
            <input type="password" data-testid="sync-password" autocomplete="current-password" {...field('password')} />
          </label>
          <label class="setting">
            <span>{t('syncPassphrase')}</span>
            <input
              type="password"
              data-testid="sync-passphrase"
              autocomplete="new-password"
              minLength={MIN_PASSPHRASE}
              required
              aria-describedby="sync-passphrase-hint"
              {...field('passphrase')}
            />
          </label>
          <p class="muted" id="sync-passphrase-hint">
            {t('syncPassphraseHint', String(MIN_PASSPHRASE))}
          </p>
          <button type="submit" class="primary" data-testid="sync-enable" disabled={busy}>
            {t('syncEnable')}
          </button>
        </form>
      )}
    </section>
  );
}
