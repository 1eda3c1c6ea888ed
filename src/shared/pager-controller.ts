/**
 * A long result a page at a time (modelled on @lit-labs/observers' IntersectionController):
 * `slice()` gives what to render, `more()` adds a page (a button, or the end of the list
 * scrolling into view), `showThrough()` reaches one item (a link to it). A short result is
 * rendered whole, so find-in-page reaches every item. `render()` gives the "Show more" button under the items.
 * It is a lazy chunk (src/chunks/pager.ts), loaded by the first long result, and brings no lit of its own:
 * it is given the host's `html`.
 */
import type { html as litHtml, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, renderInLocale, str, type Locale } from '../localize/msg.js';

export class PagerController implements ReactiveController {
  private _limit: number;
  private _items?: readonly unknown[];
  private _shown = 0;
  private _focusIndex = -1;
  private _observer?: IntersectionObserver;

  /**
   * Up to `allAtOnce` items are rendered at once; a longer result `pageSize` at a time. `sentinel`: the
   * element under the rendered items whose coming into view shows the next page (none when all are shown).
   * `focusItem`: moves focus to the item at an index (the first that `more(true)` added).
   */
  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _html: typeof litHtml,
    private readonly _allAtOnce: number,
    private readonly _pageSize: number,
    private readonly _sentinel: () => Element | null,
    private readonly _focusItem: (index: number) => void,
  ) {
    this._limit = _pageSize;
    _host.addController(this);
  }

  /** The items to render: all of a short result, the first pages of a long one; back to one page whenever the items change. */
  slice<T>(items: readonly T[]): readonly T[] {
    if (!sameItems(items, this._items)) this._limit = this._pageSize;
    this._items = items;
    const shown = items.length > this._allAtOnce ? items.slice(0, this._limit) : items;
    this._shown = shown.length;
    return shown;
  }

  /** "Show more projects (10 of 350 shown)", in `locale`, while some of the `total` items are not shown: it shows the next page and focuses its first item. */
  render(locale: Locale, total: number): TemplateResult | undefined {
    if (this._shown >= total) return undefined;
    const text = renderInLocale(locale, () => msg(str`Show more projects (${this._shown} of ${total} shown)`));
    return this._html`<p class="more"><button type="button" class="button" part="more-button" @click=${this._onMore}>${text}</button></p>`;
  }

  private readonly _onMore = () => this.more(true);

  /** Shows the next page; with `focus`, keyboard focus goes to its first item. */
  more(focus = false): void {
    if (focus) this._focusIndex = this._shown;
    // Counted from what is on screen, so a scroll and a click at once add one page, not two.
    this._limit = this._shown + this._pageSize;
    this._host.requestUpdate();
  }

  /** Shows every page up to the one holding the item at `index`. */
  showThrough(index: number): void {
    if (index < this._shown) return;
    this._limit = Math.ceil((index + 1) / this._pageSize) * this._pageSize;
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (this._focusIndex >= 0) {
      this._focusItem(this._focusIndex);
      this._focusIndex = -1;
    }
    this._observer?.disconnect();
    const sentinel = this._sentinel();
    if (!sentinel) return;
    this._observer ??= new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.more(), { rootMargin: '0px 0px 50% 0px' });
    this._observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}

/** The same items in the same order (results are rebuilt on every render; their content is what matters). */
function sameItems(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((item, i) => item === b[i]);
}
