/**
 * Turning sync on: the database's address, the login there and the passphrase, checked by the page itself
 * (noValidate), so that every message is in the extension's language.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { MIN_PASSPHRASE } from '@/utils/sync/crypto';
import { parseServerUrl, serverOrigin } from '@/utils/sync/server-url';

interface Props {
  busy: boolean;
  /** Runs the work, saying what went wrong if it fails. */
  act: (work: () => Promise<unknown>) => Promise<void>;
  setProblem: (problem: string | null) => void;
}

/** Plain http to anywhere but this computer: the login would travel in the clear. */
function isPlainHttp(url: URL | null): boolean {
  return url?.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function SyncForm({ busy, act, setProblem }: Props) {
  const [form, setForm] = useState({ url: '', username: '', password: '', passphrase: '' });

  const field = (name: keyof typeof form) => ({
    value: form[name],
    onInput: (event: Event) => setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

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

  return (
    <form class="sync-form" onSubmit={enable} noValidate>
      <label class="setting">
        <span>{t('syncUrl')}</span>
        <input type="url" data-testid="sync-url" placeholder={t('syncUrlHint')} required {...field('url')} />
      </label>
      {isPlainHttp(parseServerUrl(form.url)) && <p class="warning">{t('syncHttpWarning')}</p>}
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
  );
}
