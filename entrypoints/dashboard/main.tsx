import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CHOSEN_LANGUAGE_KEY, loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { App } from './App';
import '@/components/extension-page.css';
import './dashboard.css';

// Everything is shown in the language the user chose (if any): load it first.
await loadChosenLanguage();
document.documentElement.lang = uiLocale();
document.title = t('dashboardTitle');
render(<App />, document.getElementById('app')!);
// A language chosen in the settings (in this tab or another) shows at once.
browser.storage.local.onChanged.addListener((changes) => {
  if (CHOSEN_LANGUAGE_KEY in changes) location.reload();
});
