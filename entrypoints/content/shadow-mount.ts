/**
 * Where the panel is drawn: a host element with a closed shadow root (so LinkedIn's scripts cannot read the
 * notes in it, nor its CSS reach in), holding the panel's styles and the point Preact renders into, with the
 * page's listeners kept out of it (event-shield.ts).
 */
import panelCss from '@/components/panel/panel.css?inline';
import type { EventShield } from './event-shield';

const HOST_TAG = 'keep-in-touch-panel';

export function createShadowMount(shield: EventShield): { host: HTMLElement; mountPoint: HTMLElement } {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = panelCss;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);
  shield.protect(host, shadow);
  return { host, mountPoint };
}
