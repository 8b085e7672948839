import { render } from 'preact';
import { t } from '@/utils/i18n';
import { App } from './App';
import '@/components/extension-page.css';
import './dashboard.css';

document.documentElement.lang = navigator.language;
document.title = t('dashboardTitle');
render(<App />, document.getElementById('app')!);
