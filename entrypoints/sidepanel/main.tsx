import { render } from 'preact';
import { loadChosenLanguage, t, uiLocale } from '@/utils/i18n';
import { chosenLanguageItem } from '@/utils/storage-items';
import { App } from './App';
import { pinnedTabOf } from './pinned-tab';
import '@/components/extension-page.css';
import '@/entrypoints/popup/popup.css';
import './sidepanel.css';

const app = document.getElementById('app')!;
/** Everything is shown in the language the user chose (if any): loaded first, and again when they choose another. */
async function draw(): Promise<void> {
  await loadChosenLanguage();
  document.documentElement.lang = uiLocale();
  document.title = t('extName');
  render(null, app); // every word again; a half-typed note stays (components/panel/drafts.ts)
  render(<App pinned={pinnedTabOf(location.search)} />, app);
}
await draw();
chosenLanguageItem.watch(() => void draw());
