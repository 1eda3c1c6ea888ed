/**
 * What a widget sits on: the colour showing through its (transparent) background, so it can
 * choose light or dark text for the page it is in, not only for the visitor's preference.
 * A theme's tinted page (Twenty Twenty-One's mint, its dark mode) then gets text made for it,
 * and no box of the widget's own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

/** `light`/`dark` for the page behind `element`, or `undefined` when it cannot be known (an image). */
export function backdropScheme(element: Element): Scheme | undefined {
  const layers: number[][] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'contents') continue;
    // An image or a gradient: no one colour can be read from it.
    if (style.backgroundImage !== 'none') return undefined;
    const colour = rgba(style.backgroundColor);
    if (!colour) return undefined;
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  // Nothing painted opaque: the canvas shows, dark only where the page asks for a dark scheme.
  let backdrop = canvasIsDark(element.ownerDocument) ? [18, 18, 18] : [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) backdrop = [r! * a! + backdrop[0]! * (1 - a!), g! * a! + backdrop[1]! * (1 - a!), b! * a! + backdrop[2]! * (1 - a!)];
  // Whichever of the two text colours reads better on it.
  const l = luminance(backdrop);
  return (l + 0.05) / (LIGHT_TEXT + 0.05) >= (DARK_TEXT + 0.05) / (l + 0.05) ? 'light' : 'dark';
}

/** Luminance of the light scheme's text (#1f1b24) and of the dark scheme's (#ece8f1). */
const LIGHT_TEXT = luminance([31, 27, 36]);
const DARK_TEXT = luminance([236, 232, 241]);

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

function canvasIsDark(document: Document): boolean {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (!/\bdark\b/.test(scheme)) return false;
  return !/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches;
}

function rgba(value: string): number[] | undefined {
  const match = value.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

// ---------------------------------------------------------------------------------------------

/** The widgets on the page, looked at again when something may have repainted it. */
const watched = new Set<PageBackdropController>();
let stopWatching: (() => void) | undefined;

function recheckAll(): void {
  for (const controller of watched) controller.check();
}

function watchPage(): () => void {
  // Themes switch schemes with a class or style on <html> or <body> (Twenty Twenty-One's dark
  // mode toggle), or follow the visitor's preference; a background may fade in.
  const observer = new MutationObserver(recheckAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', recheckAll);
  const onTransition = (event: TransitionEvent) => {
    if (event.propertyName.startsWith('background')) recheckAll();
  };
  document.addEventListener('transitionend', onTransition, true);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', recheckAll);
    document.removeEventListener('transitionend', onTransition, true);
  };
}

/**
 * Keeps a widget's custom states `page-light` or `page-dark` (CSS `:state()`) on the scheme of
 * what is behind it; neither when that cannot be known, and the widget then paints its own
 * background in the visitor's preferred scheme.
 */
export class PageBackdropController implements ReactiveController {
  scheme: Scheme | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _states: Set<string> | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    watched.add(this);
    stopWatching ??= watchPage();
    this.check();
  }

  hostDisconnected(): void {
    watched.delete(this);
    if (watched.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  }

  check(): void {
    const scheme = backdropScheme(this._host);
    if (scheme === this.scheme) return;
    this.scheme = scheme;
    if (!this._states) return;
    this._states.delete('page-light');
    this._states.delete('page-dark');
    if (scheme) this._states.add(`page-${scheme}`);
  }
}
