import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CHOSEN_LANGUAGE_KEY, loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { App } from './App';
import '@/components/extension-page.css';
import './welcome.css';

// Everything is shown in the language the user chose (if any): load it first.
await loadChosenLanguage();
document.documentElement.lang = uiLocale();
document.title = t('welcomePageTitle');
render(<App />, document.getElementById('app')!);
// A language chosen on the language step (or in the dashboard) shows at once; the step is in the URL, so the
// page comes back on it.
browser.storage.local.onChanged.addListener((changes) => {
  if (CHOSEN_LANGUAGE_KEY in changes) location.reload();
});
