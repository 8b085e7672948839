import { render } from 'preact';
import { loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { App } from './App';
import '@/components/extension-page.css';
import './popup.css';

// Extension pages (not the service worker) can ask the browser to keep our storage even under pressure.
void navigator.storage?.persist?.();
// Everything is shown in the language the user chose (if any): load it first.
await loadChosenLanguage();
document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
