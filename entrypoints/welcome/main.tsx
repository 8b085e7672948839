import { render } from 'preact';
import { loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { chosenLanguageItem } from '@/utils/storage-items';
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
chosenLanguageItem.watch(() => location.reload());
