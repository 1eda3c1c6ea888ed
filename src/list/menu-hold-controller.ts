/**
 * Keeps newly drawn menus out of the accessibility tree for a moment (`held`, for `inert`).
 *
 * Chromium reports a `<select>` that enters the tree in the frame it is drawn as a change of
 * selection, and Orca 43 then presents it unasked, as if focused ("Status combo box collapsed,
 * All, Focus mode"), and stays in focus mode there. Drawn with its choices and let into the tree
 * a moment later, the same menu is new content, read in place. Heard in test/screen-reader/.
 *
 * The moment starts when the host first shows a menu (`hasMenus`) and again after it is moved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MenuHoldController implements ReactiveController {
  /** Whether the menus are still kept out of the tree. */
  held = true;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** Milliseconds the menus are held once drawn (0.1 s was heard to be enough). */
    private readonly _duration: number,
    private readonly _hasMenus: () => boolean,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Moved: a moment again from the new place.
    this.held = true;
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    // A pending moment would keep a removed list alive, and held for nothing.
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  hostUpdated(): void {
    if (!this.held || this._timer !== undefined || !this._hasMenus()) return;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this.held = false;
      this._host.requestUpdate();
    }, this._duration);
  }
}
