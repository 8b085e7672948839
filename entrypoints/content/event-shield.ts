/**
 * Keeps what the person types into the panel away from LinkedIn's page scripts.
 *
 * The panel lives in a closed shadow root, so its DOM is out of the page's reach, but keyboard, input and
 * composition events are "composed": they leave the shadow root (retargeted to the host element) and reach
 * any listener on window or document, where `event.key` and `event.data` spell out the note being typed.
 * This shield is the first listener on window in the capture phase (the content script runs at
 * document_start, before any page script), so for events coming from the panel it stops them before any page
 * listener sees them, and hands the panel an identical event that cannot leave the shadow root
 * (`composed: false`). The browser's default action (the typed character) still happens; when the panel
 * cancels its copy (Ctrl+Enter), the original is cancelled too.
 */

type EventConstructor = new (type: string, init: object) => Event;

/** Events the panel listens to: stopped, and handed on inside the shadow root. */
const HANDED_ON: Record<string, EventConstructor> = {
  keydown: KeyboardEvent,
  keyup: KeyboardEvent,
  keypress: KeyboardEvent,
  beforeinput: InputEvent,
  input: InputEvent,
  compositionstart: CompositionEvent,
  compositionupdate: CompositionEvent,
  compositionend: CompositionEvent,
};

/**
 * Events that could carry the panel's text and that the panel does not listen to: stopped only.
 * `textInput` is Chromium's legacy TextEvent: composed, with each typed character in `data`.
 */
const STOPPED = ['textInput', 'copy', 'cut', 'paste'];

/** A copy of the event's fields that listeners read; the fields missing on a given event class are ignored. */
function initOf(event: Event): object {
  const e = event as KeyboardEvent & InputEvent & CompositionEvent;
  return {
    bubbles: e.bubbles,
    cancelable: e.cancelable,
    composed: false,
    key: e.key,
    code: e.code,
    location: e.location,
    repeat: e.repeat,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    isComposing: e.isComposing,
    data: e.data,
    inputType: e.inputType,
  };
}

function focusedIn(shadow: ShadowRoot): Element | ShadowRoot {
  let focused: Element | null = shadow.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused ?? shadow;
}

export interface EventShield {
  /** Shields events coming out of this host's shadow root from now on. */
  protect(host: Element, shadow: ShadowRoot): void;
}

/** Installs the shield; call it first thing in the content script, before the page's scripts run. */
export function installEventShield(signal: AbortSignal): EventShield {
  let protectedHost: Element | null = null;
  let protectedShadow: ShadowRoot | null = null;

  const shield = (event: Event) => {
    if (!protectedHost || !protectedShadow || event.target !== protectedHost) return;
    event.stopImmediatePropagation();
    const Copy = HANDED_ON[event.type];
    if (!Copy) return;
    const copy = new Copy(event.type, initOf(event));
    focusedIn(protectedShadow).dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  };

  for (const type of [...Object.keys(HANDED_ON), ...STOPPED]) {
    window.addEventListener(type, shield, { capture: true, signal });
  }
  return {
    protect(host, shadow) {
      protectedHost = host;
      protectedShadow = shadow;
    },
  };
}
