/**
 * The panel's own look in the side panel: inside a shadow root with panel.css, as in LinkedIn's page, so that the
 * panel's styles and the popup's lists (shown when no one is on screen) never meet. An extension page's shadow
 * root may be open: no page script runs here.
 */
import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import panelCss from '@/components/panel/panel.css?inline';

/** In the side panel the panel fills it: in the flow, as wide and tall as the browser makes it, and flat. */
const FILLING = `:host { position: static; display: block; }
.root { width: 100%; height: 100vh; border: none; border-radius: 0; box-shadow: none; }`;

export function PanelFrame({ children }: { children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    setRoot(host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' }));
  }, []);
  return (
    <div ref={host} data-testid="side-panel-frame">
      {root &&
        createPortal(
          <>
            <style>{panelCss + FILLING}</style>
            {children}
          </>,
          root as unknown as Element,
        )}
    </div>
  );
}
