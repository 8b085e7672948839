import { render } from 'preact';
import { App } from './App';
import '@/components/extension-page.css';
import './options.css';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
