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
class LangWatcher {
  private readonly listeners = new Set<() => void>();
  private readonly watched = new WeakSet<Node>();
  private observer?: MutationObserver;

  add(element: Element, listener: () => void): void {
    this.observer ??= new MutationObserver(() => this.listeners.forEach((notify) => notify()));
    for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      if (!this.watched.has(root)) {
        this.watched.add(root);
        this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
      if (!(root instanceof ShadowRoot)) break;
    }
    this.listeners.add(listener);
  }

  delete(listener: () => void): void {
    this.listeners.delete(listener);
  }
}

const watcher = new LangWatcher();

export class LocaleController implements ReactiveController {
  /** The interface language: `ka` or `en`. */
  locale: Locale = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watcher.add(this.host, this.check);
    // Lit does not update on reconnection by itself: an element moved into a part of the
    // page in another language must render again.
    this.check();
  }

  hostDisconnected(): void {
    watcher.delete(this.check);
  }

  private readonly check = () => {
    const locale = localeFor(inheritedLang(this.host));
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  };
}
