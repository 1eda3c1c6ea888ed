/**
 * Links to a project: `page#<project id>` (see data/address.ts). The browser's own fragment
 * navigation cannot reach into shadow roots, so the widgets answer it: on the first widget's
 * arrival (the page's load) and on every `hashchange` (links, back and forward).
 *
 * Most pages are never opened at a project's address, so what answers one is a lazy chunk
 * (src/chunks/links.ts), loaded when an address has a hash. This part, in every page's bundle,
 * only keeps the connected widgets and notes what had focus when the navigation happened.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadChunk } from '../loading/lazy-chunk.js';

/**
 * Shows the project as a navigation to it should, if the widget shows it (then true).
 * `undisturbed`: the visitor did nothing since the navigation, so it may scroll and move focus.
 */
export type Reveal = (id: string, undisturbed: boolean) => boolean;

/** A connected widget, as the links chunk sees it. */
export interface LinkTarget {
  readonly host: HTMLElement;
  /** Rendered at least once (a widget's state before its first update means nothing yet). */
  readonly rendered: boolean;
  /** The widget has its data, or has none coming; until then it may yet show the project. */
  readonly settled: () => boolean;
  readonly reveal: Reveal;
}

const connected = new Set<DeepLinkController>();
/** The links chunk, once a navigation loaded it: it holds the navigation not yet answered. */
let links: typeof import('../chunks/links.js') | undefined;

const loadLinks = () => loadChunk('links', () => import('../chunks/links.js'));

/**
 * A card's copy button: writes the address of the link before it in the click itself (Firefox and
 * Safari allow a write only during the gesture; the chunk may come later). The links chunk says how
 * it went. No Clipboard API (a plain-http page) is a refusal too.
 */
export function copyLink(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  // Undefined without the Clipboard API.
  const written = navigator.clipboard?.writeText((button.previousElementSibling as HTMLAnchorElement).href);
  // Without the chunk nothing is said; the link is still there for the browser's menu.
  loadLinks().then(
    (chunk) => chunk.copied(written, button),
    () => {},
  );
}

function navigate(): void {
  // What had focus when it happened, before the chunk arrives: focus moves only if nothing moved it since.
  const { hash } = location;
  const focused = activeElement();
  if (hash.length < 2 && !links) return;
  loadLinks().then(
    (chunk) => (links = chunk).navigate(hash, focused, connected),
    // Offline, or the file is missing: the page stays where the browser put it.
    () => {},
  );
}

export class DeepLinkController implements ReactiveController, LinkTarget {
  rendered = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly settled: () => boolean,
    readonly reveal: Reveal,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The first widget on the page reads the address it was loaded with.
    if (connected.add(this).size === 1) {
      addEventListener('hashchange', navigate);
      navigate();
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) removeEventListener('hashchange', navigate);
  }

  hostUpdated(): void {
    this.rendered = true;
    links?.answer(connected);
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
