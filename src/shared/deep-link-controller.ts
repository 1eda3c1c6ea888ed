/**
 * Links to a project: `page#<project id>` (see data/address.ts). The browser's own fragment
 * navigation cannot reach into shadow roots, so the widgets answer it: on the first widget's
 * arrival (the page's load) and on every `hashchange` (links, back and forward).
 *
 * One answer per navigation, from the first widget in document order that shows the project;
 * a widget still loading holds the answer up (it may be the one). A hash that is the page's own
 * (an element with that id) is left to the browser. A hash naming no project is
 * ignored. Focus moves only if nothing moved it since the navigation and nobody is typing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { projectIdFromHash } from '../data/address.js';

/**
 * Shows the project as a navigation to it should, if the widget shows it (then true).
 * `undisturbed`: the visitor did nothing since the navigation, so it may scroll and move focus.
 */
export type Reveal = (id: string, undisturbed: boolean) => boolean;

export class DeepLinkController implements ReactiveController {
  private static readonly _connected = new Set<DeepLinkController>();
  /** The navigation not yet answered: its project and what had focus when it happened. */
  private static _pending: { readonly id: string; readonly focused: Element | null } | undefined;
  /** Rendered at least once (a widget's state before its first update means nothing yet). */
  private _rendered = false;

  /** `settled`: the widget has its data, or has none coming; until then it may yet show the project. */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _settled: () => boolean,
    private readonly _reveal: Reveal,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    const connected = DeepLinkController._connected.add(this);
    // The first widget on the page reads the address it was loaded with.
    if (connected.size === 1) {
      addEventListener('hashchange', DeepLinkController._navigate);
      DeepLinkController._navigate();
    }
  }

  hostDisconnected(): void {
    const connected = DeepLinkController._connected;
    connected.delete(this);
    if (!connected.size) removeEventListener('hashchange', DeepLinkController._navigate);
  }

  hostUpdated(): void {
    this._rendered = true;
    if (DeepLinkController._pending) DeepLinkController._answer();
  }

  private static _navigate(): void {
    const id = projectIdFromHash(location.hash);
    DeepLinkController._pending = id && !document.getElementById(id) ? { id, focused: activeElement() } : undefined;
    DeepLinkController._answer();
  }

  private static _answer(): void {
    // 4: Node.DOCUMENT_POSITION_FOLLOWING.
    const widgets = [...DeepLinkController._connected].sort((a, b) => (a._host.compareDocumentPosition(b._host) & 4 ? -1 : 1));
    for (const widget of widgets) {
      const pending = DeepLinkController._pending;
      if (!pending || !widget._rendered || !widget._settled()) return;
      const active = activeElement();
      if (widget._reveal(pending.id, active === pending.focused && !active?.matches('input,textarea,select,[contenteditable]'))) DeepLinkController._pending = undefined;
    }
    // Nobody shows it: ignored.
    DeepLinkController._pending = undefined;
  }
}

/** The focused element, looked for inside shadow roots. */
export function activeElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Scrolls `element` (if given) to the top of the view and focuses `focusTarget` (a heading or a card gets tabindex -1). */
export function revealElement(element: Element | null | undefined, focusTarget?: HTMLElement | null): void {
  element?.scrollIntoView({ block: 'start' });
  if (!focusTarget) return;
  if (!focusTarget.hasAttribute('tabindex')) focusTarget.tabIndex = -1;
  focusTarget.focus({ preventScroll: !!element });
}
