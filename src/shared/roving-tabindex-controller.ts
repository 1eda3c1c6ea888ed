/**
 * One Tab stop for a group of items, with the arrow keys between them (modelled on Spectrum Web
 * Components' RovingTabindexController): the active item has tabindex 0, the others -1. Only the
 * DOM holds it, so moving it renders nothing. One-dimensional: every arrow goes back or forth,
 * Home and End go to the ends. Items may be rendered a few at a time: `reach` puts one in first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STEPS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

export class RovingTabindexController implements ReactiveController {
  /** The item, by index, that Tab enters. */
  active = 0;
  /** The item that has tabindex 0. */
  private _stop?: HTMLElement | null;
  /** Whether it had focus as the host began to render. */
  private _hadFocus = false;

  /** `item`: the focusable of item `index`, if it is rendered. `reach`: renders item `index` if it is not yet. */
  constructor(
    host: ReactiveControllerHost,
    private readonly _item: (index: number) => HTMLElement | null | undefined,
    private readonly _reach: (index: number) => Promise<void>,
  ) {
    host.addController(this);
  }

  /** Moves the tab stop to item `index` and focuses it: two tabindex values, nothing re-rendered. */
  focus(index: number): void {
    const item = this._item(index);
    if (!item) return;
    this.active = index;
    this._setStop(item);
    item.focus();
  }

  /** An arrow, Home or End pressed on item `from` of `count`. */
  async keydown(event: KeyboardEvent, from: number, count: number): Promise<void> {
    const { key } = event;
    const to = key === 'Home' ? 0 : key === 'End' ? count - 1 : from + (STEPS[key] ?? NaN);
    if (Number.isNaN(to) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (to < 0 || to >= count) return;
    await this._reach(to);
    this.focus(to);
  }

  hostUpdate(): void {
    this._hadFocus = !!this._stop?.matches(':focus');
  }

  /** Items are rendered with tabindex -1: the active one gets the stop. If the render took the focused item away, focus goes to it. */
  hostUpdated(): void {
    const item = this._item(this.active);
    this._setStop(item);
    if (this._hadFocus && !item?.matches(':focus')) item?.focus();
  }

  private _setStop(item: HTMLElement | null | undefined): void {
    if (item === this._stop) return;
    if (this._stop) this._stop.tabIndex = -1;
    if (item) item.tabIndex = 0;
    this._stop = item;
  }
}
