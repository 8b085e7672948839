import { render } from 'preact';
import { loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { chosenLanguageItem } from '@/utils/storage-items';
import { App } from './App';
import '@/components/extension-page.css';
import './dashboard.css';

// Everything is shown in the language the user chose (if any): load it first.
await loadChosenLanguage();
document.documentElement.lang = uiLocale();
document.title = t('dashboardTitle');
render(<App />, document.getElementById('app')!);
// A language chosen in the settings (in this tab or another) shows at once.
chosenLanguageItem.watch(() => location.reload());
