import { render } from 'preact';
import { t } from '@/utils/i18n';
import { App } from './App';
import '@/components/extension-page.css';
import './popup.css';

// Extension pages (not the service worker) can ask the browser to keep our storage even under pressure.
void navigator.storage?.persist?.();
document.documentElement.lang = navigator.language;
document.title = t('extName');
render(<App />, document.getElementById('app')!);
