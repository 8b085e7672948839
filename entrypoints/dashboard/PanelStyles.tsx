/**
 * The panel's components on a contact's page, in the panel's own look: inside a shadow root with panel.css,
 * so that the panel's styles and the dashboard's never meet. The theme follows the system, as the dashboard's.
 */
import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import panelCss from '@/components/panel/panel.css?inline';

/** On a page the panel stays in the flow (not fixed at the window's side), as wide as its column, and flat. */
const ON_A_PAGE = `:host { position: static; display: block; } .root { width: auto; height: auto; box-shadow: none; }`;

export function PanelStyles({ children }: { children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;

  useLayoutEffect(() => {
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    setRoot(shadow);
  }, []);

  return (
    <div ref={host} class="panel-styles">
      {root &&
        createPortal(
          <>
            <style>{panelCss + ON_A_PAGE}</style>
            <div class="root" data-theme={dark ? 'dark' : 'light'}>
              <div class="body">{children}</div>
            </div>
          </>,
          root,
        )}
    </div>
  );
}
