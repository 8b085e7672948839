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
 *
 * Firefox makes every script-made KeyboardEvent composed, whatever its init says, so a key event's copy is a
 * plain Event carrying the key fields: a KeyboardEvent copy would leave the shadow root there, come back to this
 * shield and be copied again without end (seen in Firefox 153: Ctrl+Enter never reached the note box).
 */

type Copier = (event: Event) => Event;

/** The init of an input or composition event's copy. */
function initOf(event: Event): object {
  const e = event as InputEvent & CompositionEvent;
  return {
    bubbles: e.bubbles,
    cancelable: e.cancelable,
    composed: false,
    isComposing: e.isComposing,
    data: e.data,
    inputType: e.inputType,
  };
}

/** A copy of the same class: right for input and composition events, which every browser keeps uncomposed. */
const copyOf =
  (EventClass: new (type: string, init: object) => Event): Copier =>
  (event) =>
    new EventClass(event.type, initOf(event));

/** The fields a key handler reads. */
const KEY_FIELDS = [
  'key',
  'code',
  'location',
  'repeat',
  'ctrlKey',
  'shiftKey',
  'altKey',
  'metaKey',
  'isComposing',
] as const satisfies readonly (keyof KeyboardEvent)[];

/** A key event's copy: an Event that stays in the shadow root in every browser, with the key's fields. */
const keyCopy: Copier = (event) => {
  const key = event as KeyboardEvent;
  const copy = new Event(event.type, { bubbles: key.bubbles, cancelable: key.cancelable, composed: false });
  for (const field of KEY_FIELDS) Object.defineProperty(copy, field, { value: key[field] });
  return copy;
};

/** Events the panel listens to: stopped, and handed on inside the shadow root. */
const HANDED_ON: Record<string, Copier> = {
  keydown: keyCopy,
  keyup: keyCopy,
  keypress: keyCopy,
  beforeinput: copyOf(InputEvent),
  input: copyOf(InputEvent),
  compositionstart: copyOf(CompositionEvent),
  compositionupdate: copyOf(CompositionEvent),
  compositionend: copyOf(CompositionEvent),
};

/**
 * Events that could carry the panel's text and that the panel does not listen to: stopped only.
 * `textInput` is Chromium's legacy TextEvent: composed, with each typed character in `data`.
 */
const STOPPED = ['textInput', 'copy', 'cut', 'paste'];

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
    const copier = HANDED_ON[event.type];
    if (!copier) return;
    const copy = copier(event);
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
