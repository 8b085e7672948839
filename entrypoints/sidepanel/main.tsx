import { render } from 'preact';
import { loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { App } from './App';
import { pinnedTabOf } from './pinned-tab';
import '@/components/extension-page.css';
import '@/entrypoints/popup/popup.css';
import './sidepanel.css';

// Everything is shown in the language the user chose (if any): load it first.
await loadChosenLanguage();
document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<App pinned={pinnedTabOf(location.search)} />, document.getElementById('app')!);
