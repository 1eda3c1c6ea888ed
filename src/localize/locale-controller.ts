/**
 * Each element's language: its own `lang` attribute, else the nearest ancestor's,
 * crossing shadow roots up to `<html lang>` — followed live as any of them changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeFor, type Locale } from './msg.js';

/** The `lang` in effect for `element`, as written (`''` when none is set anywhere). */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * One MutationObserver for the whole page watches `lang` attributes in the document and
 * in every shadow root that contains a widget, and tells the widgets to look again.
 */
const listeners = new Set<() => void>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watchLang(element: Element, listener: () => void): void {
  observer ??= new MutationObserver(() => listeners.forEach((notify) => notify()));
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    if (!watched.has(root)) {
      watched.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
  }
  listeners.add(listener);
}

export class LocaleController implements ReactiveController {
  /** The interface language: `ka` or `en`. */
  locale: Locale = 'en';

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    watchLang(this._host, this._check);
    // Lit does not update on reconnection by itself: an element moved into a part of the
    // page in another language must render again.
    this._check();
  }

  hostDisconnected(): void {
    listeners.delete(this._check);
  }

  private readonly _check = () => {
    const locale = localeFor(inheritedLang(this._host));
    if (locale !== this.locale) {
      this.locale = locale;
      this._host.requestUpdate();
    }
  };
}
