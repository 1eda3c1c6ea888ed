/**
 * What a widget sits on: the colour showing through its transparent background, so that it
 * takes light or dark colours for the page it is in (a theme's mint page, its dark mode), not
 * only for the visitor's preference. Told to the styles as the custom state page-light or
 * page-dark (widget.styles.ts); neither where it cannot be read (a background image).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `light`/`dark` for the page behind `element`, or `undefined` when it cannot be known. */
export function backdropScheme(element: Element): 'light' | 'dark' | undefined {
  const layers: number[][] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'contents') continue;
    const colour = style.backgroundColor.match(/[\d.]+%?/g)?.map(parseFloat);
    // An image or a gradient, or a colour syntax not written as rgb(): it cannot be read.
    if (style.backgroundImage !== 'none' || !colour || !style.backgroundColor.startsWith('rgb')) return undefined;
    const alpha = colour[3] ?? 1;
    if (alpha > 0) layers.unshift([...colour.slice(0, 3), alpha > 1 ? alpha / 100 : alpha]);
    if (alpha >= 1) break;
  }
  // Nothing opaque: the canvas shows, dark only where the page asks for a dark scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const darkCanvas = scheme.includes('dark') && (!scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches);
  let rgb = darkCanvas ? [18, 18, 18] : [255, 255, 255];
  for (const [r, g, b, a] of layers) rgb = [r!, g!, b!].map((c, i) => c * a! + rgb[i]! * (1 - a!));
  // Whichever of the two schemes' text colours (#1f1b24, #ece8f1) reads better on it.
  const l = luminance(rgb);
  return (l + 0.05) / 0.062 >= 0.869 / (l + 0.05) ? 'light' : 'dark';
}

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The connected widgets, looked at again when something may have repainted the page. */
const watched = new Set<PageBackdropController>();
let unwatch: (() => void) | undefined;

function recheck(): void {
  for (const controller of watched) controller.check();
}

function watchPage(): () => void {
  // Themes switch schemes with a class or style on <html> or <body> (Twenty Twenty-One's dark
  // mode toggle), or follow the visitor's preference.
  const observer = new MutationObserver(recheck);
  for (const root of [document.documentElement, document.body]) if (root) observer.observe(root, { attributeFilter: ['class', 'style'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', recheck);
  // A stylesheet still arriving when the element connected.
  addEventListener('load', recheck);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', recheck);
    removeEventListener('load', recheck);
  };
}

export class PageBackdropController implements ReactiveController {
  private _scheme?: string;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** The element's custom states (absent in older browsers, which keep the visitor's scheme). */
    private readonly _states: Set<string> | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    watched.add(this);
    unwatch ??= watchPage();
    this.check();
  }

  hostDisconnected(): void {
    watched.delete(this);
    if (!watched.size) {
      unwatch?.();
      unwatch = undefined;
    }
  }

  check(): void {
    const scheme = backdropScheme(this._host);
    if (scheme === this._scheme || !this._states) return;
    if (this._scheme) this._states.delete(`page-${this._scheme}`);
    if (scheme) this._states.add(`page-${scheme}`);
    this._scheme = scheme;
  }
}
